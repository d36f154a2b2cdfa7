package org.priorauth.intake.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time from Linux's {@code /proc/<pid>/stat}, for what {@link ProcessHandle} cannot see: the time of child
 * processes that already ended (the CLI's runs, once reaped), and the application's PostgreSQL, which
 * {@code pg_ctl} started as a daemon, so that it is no descendant of the JVM. Wall time on this machine drifts by
 * a fifth from one minute to the next; CPU seconds a page drift less and tell where the time went.
 */
final class ProcessCpu {

    /** Clock ticks a second of {@code /proc/<pid>/stat} ({@code getconf CLK_TCK}: 100 on Linux for decades). */
    private static final double TICKS = 100;

    private ProcessCpu() {}

    /** CPU seconds of this JVM's children that ended and were reaped (the CLI runs): cutime + cstime. */
    static double endedChildrenSeconds() {
        long[] f = stat(ProcessHandle.current().pid());
        return f == null ? 0 : (f[15] + f[16]) / TICKS;
    }

    /**
     * CPU seconds of the application: its JVM, and the PostgreSQL server whose command line names a folder under
     * {@code root} (its data directory), with that server's children, live (utime + stime) and ended (cutime +
     * cstime).
     */
    static double applicationSeconds(Process jvm, Path root) {
        double seconds =
                jvm.info().totalCpuDuration().map(d -> d.toMillis() / 1000.0).orElse(0.0);
        String folder = root.toAbsolutePath().toString();
        try (Stream<ProcessHandle> all = ProcessHandle.allProcesses()) {
            for (ProcessHandle postmaster : all.filter(p -> p.info()
                            .commandLine()
                            .map(c -> c.contains("postgres") && c.contains(folder))
                            .orElse(false))
                    .toList()) {
                long[] f = stat(postmaster.pid());
                if (f != null) seconds += (f[13] + f[14] + f[15] + f[16]) / TICKS;
                try (Stream<ProcessHandle> backends = postmaster.descendants()) {
                    for (ProcessHandle backend : backends.toList()) {
                        long[] b = stat(backend.pid());
                        if (b != null) seconds += (b[13] + b[14]) / TICKS;
                    }
                }
            }
        }
        return seconds;
    }

    /**
     * The numeric fields of {@code /proc/<pid>/stat}, indexed as proc(5) numbers them less one (utime is 13), or
     * null when the process is gone.
     */
    private static long[] stat(long pid) {
        String line;
        try {
            line = Files.readString(Path.of("/proc/" + pid + "/stat"));
        } catch (IOException e) {
            return null;
        }
        // the command name (field 2) is in parentheses and may hold spaces: fields are counted after its end
        String[] rest = line.substring(line.lastIndexOf(')') + 2).trim().split(" ");
        long[] fields = new long[rest.length + 2];
        for (int i = 1; i < rest.length; i++) {
            try {
                fields[i + 2] = Long.parseLong(rest[i]);
            } catch (NumberFormatException e) {
                fields[i + 2] = 0;
            }
        }
        return fields;
    }
}
