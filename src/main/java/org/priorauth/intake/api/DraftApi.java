package org.priorauth.intake.api;

import java.security.Principal;
import java.util.List;
import org.priorauth.intake.drafts.Draft;
import org.priorauth.intake.drafts.DraftService;
import org.priorauth.intake.drafts.OutboxMessage;
import org.priorauth.intake.metrics.QueueMetrics;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Drafts staff read and decide on, the outbox of approved patient messages, and the queue's figures. */
@RestController
class DraftApi {

    record Rejection(String reason) {}

    private final DraftService drafts;
    private final QueueMetrics metrics;

    DraftApi(DraftService drafts, QueueMetrics metrics) {
        this.drafts = drafts;
        this.metrics = metrics;
    }

    @GetMapping("/api/drafts/{id}")
    Draft one(@PathVariable long id) {
        return drafts.find(id).orElseThrow();
    }

    record Wording(@jakarta.validation.constraints.NotNull String body) {}

    /** A person's wording of the draft, placeholders filled; 409 once it is decided. */
    @PostMapping("/api/drafts/{id}/edit")
    Draft edit(@PathVariable long id, @jakarta.validation.Valid @RequestBody Wording body, Principal user) {
        return drafts.edit(id, body.body(), user.getName());
    }

    /** 422 while a {@code [[placeholder]]} is left in it. */
    @PostMapping("/api/drafts/{id}/approve")
    Draft approve(@PathVariable long id, Principal user) {
        return drafts.approve(id, user.getName());
    }

    @PostMapping("/api/drafts/{id}/reject")
    Draft reject(@PathVariable long id, @RequestBody(required = false) Rejection body, Principal user) {
        return drafts.reject(id, user.getName(), body == null ? null : body.reason());
    }

    /** Patient messages approved by staff, for staff to send; the system sends nothing itself. */
    @GetMapping("/api/outbox")
    List<OutboxMessage> outbox() {
        return drafts.outbox();
    }

    @GetMapping("/api/metrics/queue")
    QueueMetrics.Figures queue() {
        return metrics.figures();
    }
}
