package org.priorauth.intake.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.security.Principal;
import java.util.List;
import org.priorauth.intake.tasks.FollowUpTask;
import org.priorauth.intake.tasks.StaffRole;
import org.priorauth.intake.tasks.TaskRepository;
import org.priorauth.intake.tasks.TaskService;
import org.priorauth.intake.tasks.TaskStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/tasks")
class TaskApi {

    record Assignment(@NotBlank String assignee) {}

    record Completion(String note) {}

    private final TaskRepository tasks;
    private final TaskService service;

    TaskApi(TaskRepository tasks, TaskService service) {
        this.tasks = tasks;
        this.service = service;
    }

    /** Tasks, filtered by any of status, role and assignee (a sign-in name or the name staff.yaml routes to). */
    @GetMapping
    List<FollowUpTask> tasks(
            @RequestParam(required = false) TaskStatus status,
            @RequestParam(required = false) StaffRole role,
            @RequestParam(required = false) String assignee) {
        return tasks.filtered(status, role, assignee == null ? List.of() : List.of(assignee));
    }

    @PostMapping("/{id}/assign")
    FollowUpTask assign(@PathVariable long id, @Valid @RequestBody Assignment body, Principal user) {
        return service.assign(id, body.assignee(), user.getName());
    }

    @PostMapping("/{id}/complete")
    FollowUpTask complete(@PathVariable long id, @RequestBody(required = false) Completion body, Principal user) {
        return service.complete(id, user.getName(), body == null ? null : body.note());
    }
}
