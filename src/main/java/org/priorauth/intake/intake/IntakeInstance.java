package org.priorauth.intake.intake;

import jakarta.annotation.PreDestroy;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * This running application, as the documents it leases know it: registered at start, alive while it says so
 * every {@link #HEARTBEAT_SECONDS} seconds, gone when it stops. A lease held by an instance silent for
 * {@link #SILENT_SECONDS} seconds is a dead reader's, free to be taken up.
 */
@Component
public class IntakeInstance {

    static final int HEARTBEAT_SECONDS = 5;
    static final int SILENT_SECONDS = 20;

    private static final Logger log = LoggerFactory.getLogger(IntakeInstance.class);

    private final String id = UUID.randomUUID().toString();
    private final JdbcClient db;
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "intake-heartbeat");
        t.setDaemon(true);
        return t;
    });

    public IntakeInstance(JdbcClient db) {
        this.db = db;
        db.sql("insert into intake_instance (id, host) values (?, ?)")
                .params(id, host())
                .update();
        // instances gone for a day hold nothing worth keeping their row for
        db.sql("delete from intake_instance where seen_at < now() - interval '1 day'")
                .update();
        heartbeat.scheduleWithFixedDelay(this::beat, HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
    }

    public String id() {
        return id;
    }

    private void beat() {
        try {
            db.sql("update intake_instance set seen_at = now() where id = ?")
                    .param(id)
                    .update();
        } catch (RuntimeException e) {
            // the database is away: the next beat tries again; our leases stay ours until it is back
            log.warn("heartbeat not recorded: {}", e.getMessage());
        }
    }

    @PreDestroy
    void stop() {
        heartbeat.shutdownNow();
        try {
            db.sql("delete from intake_instance where id = ?").param(id).update();
        } catch (RuntimeException e) {
            log.warn("instance {} not unregistered: {}", id, e.getMessage());
        }
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown";
        }
    }
}
