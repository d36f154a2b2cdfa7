package org.priorauth.intake.tasks;

import java.time.Clock;
import java.time.LocalDate;
import org.priorauth.intake.audit.AuditTrail;
import org.priorauth.intake.cases.CaseLifecycle.CaseMoved;
import org.priorauth.intake.cases.CaseRepository;
import org.priorauth.intake.cases.PriorAuthCase;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A person moved a case (a denial learnt by phone, an appeal started): the new status gets the task a letter
 * moving it there would have raised, by the same routing rules, due by their service level (there is no
 * letter to take a deadline from). Moves made by documents raise their tasks in {@link FollowUpOnDocument}.
 */
@Component
class FollowUpOnStaffMove {

    private final CaseRepository cases;
    private final TaskService tasks;
    private final RoutingRuleFile routing;
    private final Clock clock;

    FollowUpOnStaffMove(CaseRepository cases, TaskService tasks, RoutingRuleFile routing, Clock clock) {
        this.cases = cases;
        this.tasks = tasks;
        this.routing = routing;
        this.clock = clock;
    }

    @EventListener
    void on(CaseMoved moved) {
        if (AuditTrail.SYSTEM.equals(moved.actor())) return;
        PriorAuthCase paCase = cases.find(moved.caseId()).orElseThrow();
        routing.current()
                .firstMovingTo(moved.to(), paCase.payer(), paCase.drug(), moved.from())
                .filter(rule -> rule.task() != null)
                .ifPresent(rule -> tasks.raise(
                        moved.caseId(),
                        null,
                        FollowUpRouter.draft(rule.task(), null, LocalDate.now(clock)),
                        paCase.payer(),
                        moved.to().name(),
                        rule.name()));
    }
}
