package org.priorauth.intake.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.security.Principal;
import java.util.List;
import java.util.Set;
import org.priorauth.intake.users.DeskRole;
import org.priorauth.intake.users.StaffUser;
import org.priorauth.intake.users.StaffUsers;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The desk's users, for admins (SecurityConfig): add, change roles, disable, set a temporary password. */
@RestController
@RequestMapping("/api/users")
class UserApi {

    record NewUser(
            @NotBlank String username, String fullName, @NotEmpty Set<DeskRole> roles, @NotBlank String password) {}

    record Roles(@NotEmpty Set<DeskRole> roles) {}

    record Enabled(boolean enabled) {}

    record TemporaryPassword(@NotBlank String password) {}

    private final StaffUsers users;

    UserApi(StaffUsers users) {
        this.users = users;
    }

    @GetMapping
    List<StaffUser> all() {
        return users.all();
    }

    /** A new user with a temporary password, to be changed at the first sign-in at the desk. */
    @PostMapping
    ResponseEntity<StaffUser> create(@Valid @RequestBody NewUser body, Principal admin) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(users.create(body.username(), body.fullName(), body.roles(), body.password(), admin.getName()));
    }

    @PutMapping("/{username}/roles")
    StaffUser roles(@PathVariable String username, @Valid @RequestBody Roles body, Principal admin) {
        return users.setRoles(username, body.roles(), admin.getName());
    }

    @PostMapping("/{username}/enabled")
    StaffUser enabled(@PathVariable String username, @RequestBody Enabled body, Principal admin) {
        return users.setEnabled(username, body.enabled(), admin.getName());
    }

    @PostMapping("/{username}/password")
    ResponseEntity<Void> reset(
            @PathVariable String username, @Valid @RequestBody TemporaryPassword body, Principal admin) {
        users.resetPassword(username, body.password(), admin.getName());
        return ResponseEntity.noContent().build();
    }
}
