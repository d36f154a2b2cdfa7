package org.priorauth.intake.desk;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.priorauth.intake.tasks.FollowUpTask;
import org.priorauth.intake.tasks.StaffRole;
import org.priorauth.intake.tasks.TaskRepository;
import org.priorauth.intake.tasks.TaskService;
import org.priorauth.intake.tasks.TaskStatus;
import org.priorauth.intake.users.DeskRole;
import org.priorauth.intake.users.StaffUser;
import org.priorauth.intake.users.StaffUsers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A person's open tasks, then their roles' tasks: overdue first, by due date; take one, hand it on, finish it. */
@Controller
class MyWorkPage {

    private final TaskRepository tasks;
    private final TaskService service;
    private final StaffUsers users;
    private final Clock clock;

    MyWorkPage(TaskRepository tasks, TaskService service, StaffUsers users, Clock clock) {
        this.tasks = tasks;
        this.service = service;
        this.users = users;
        this.clock = clock;
    }

    @GetMapping("/desk/tasks")
    String myWork(@RequestParam(required = false) StaffRole role, Principal principal, Model model) {
        StaffUser me = users.find(principal.getName()).orElseThrow();
        LocalDate today = LocalDate.now(clock);
        Comparator<FollowUpTask> overdueFirst = Comparator.comparing(FollowUpTask::dueDate);
        List<FollowUpTask> mine = tasks.filtered(TaskStatus.OPEN, null, me.names()).stream()
                .sorted(overdueFirst)
                .toList();
        Map<StaffRole, List<FollowUpTask>> byRole = new LinkedHashMap<>();
        List<StaffRole> roles = new ArrayList<>();
        for (DeskRole r : me.roles()) r.taskRole().ifPresent(roles::add);
        if (me.has(DeskRole.ADMIN) || me.has(DeskRole.INTAKE_STAFF)) roles = List.of(StaffRole.values());
        if (role != null) roles = List.of(role);
        for (StaffRole r : roles) {
            byRole.put(
                    r,
                    tasks.filtered(TaskStatus.OPEN, r, List.of()).stream()
                            .filter(t -> !mine.contains(t))
                            .sorted(overdueFirst)
                            .toList());
        }
        model.addAttribute("mine", mine);
        model.addAttribute("byRole", byRole);
        model.addAttribute("today", today);
        model.addAttribute("roles", StaffRole.values());
        return "desk/tasks";
    }

    @PostMapping("/desk/tasks/{id}/take")
    String take(@PathVariable long id, Principal me, RedirectAttributes flash) {
        // tasks carry the name staff.yaml routes by: the full name where there is one
        List<String> names = users.find(me.getName()).orElseThrow().names();
        return DeskActions.run(
                flash,
                "/desk/tasks",
                "task " + id + " is yours",
                () -> service.assign(id, names.get(names.size() - 1), me.getName()));
    }

    @PostMapping("/desk/tasks/{id}/assign")
    String assign(@PathVariable long id, @RequestParam String assignee, Principal me, RedirectAttributes flash) {
        return DeskActions.run(flash, "/desk/tasks", "task " + id + " assigned to " + assignee, () -> {
            if (assignee.isBlank()) throw new org.priorauth.intake.review.DocumentReview.CannotDecide("say to whom");
            service.assign(id, assignee.strip(), me.getName());
        });
    }

    @PostMapping("/desk/tasks/{id}/complete")
    String complete(
            @PathVariable long id,
            @RequestParam(required = false) String note,
            @RequestParam(required = false, defaultValue = "/desk/tasks") String back,
            Principal me,
            RedirectAttributes flash) {
        String to = back.startsWith("/desk") ? back : "/desk/tasks";
        return DeskActions.run(flash, to, "task " + id + " done", () -> service.complete(id, me.getName(), note));
    }
}
