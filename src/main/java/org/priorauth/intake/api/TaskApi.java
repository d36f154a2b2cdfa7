package org.priorauth.intake.api;

import java.util.List;
import org.priorauth.intake.tasks.FollowUpTask;
import org.priorauth.intake.tasks.TaskRepository;
import org.priorauth.intake.tasks.TaskStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/tasks")
class TaskApi {

    private final TaskRepository tasks;

    TaskApi(TaskRepository tasks) {
        this.tasks = tasks;
    }

    @GetMapping
    List<FollowUpTask> tasks(@RequestParam(required = false) TaskStatus status) {
        return status == null ? tasks.all() : tasks.withStatus(status);
    }
}
