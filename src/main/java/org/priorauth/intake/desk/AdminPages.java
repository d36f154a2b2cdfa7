package org.priorauth.intake.desk;

import java.security.Principal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.priorauth.intake.users.DeskRole;
import org.priorauth.intake.users.StaffUsers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin's pages (SecurityConfig lets only admins in): users. */
@Controller
class AdminPages {

    private final StaffUsers users;

    AdminPages(StaffUsers users) {
        this.users = users;
    }

    @GetMapping("/desk/admin/users")
    String users(Model model) {
        model.addAttribute("users", users.all());
        model.addAttribute("roles", DeskRole.values());
        return "desk/users";
    }

    @PostMapping("/desk/admin/users")
    String add(
            @RequestParam String username,
            @RequestParam(required = false) String fullName,
            @RequestParam(required = false) List<DeskRole> roles,
            @RequestParam String password,
            Principal me,
            RedirectAttributes flash) {
        Set<DeskRole> chosen = roles == null ? EnumSet.noneOf(DeskRole.class) : EnumSet.copyOf(roles);
        return DeskActions.run(
                flash,
                "/desk/admin/users",
                "added " + username + ": they choose their own password at the first sign-in",
                () -> users.create(username, fullName, chosen, password, me.getName()));
    }

    @PostMapping("/desk/admin/users/{username}/enabled")
    String enabled(
            @PathVariable String username, @RequestParam boolean enabled, Principal me, RedirectAttributes flash) {
        return DeskActions.run(
                flash,
                "/desk/admin/users",
                username + (enabled ? " enabled" : " disabled"),
                () -> users.setEnabled(username, enabled, me.getName()));
    }

    @PostMapping("/desk/admin/users/{username}/password")
    String reset(@PathVariable String username, @RequestParam String password, Principal me, RedirectAttributes flash) {
        return DeskActions.run(
                flash,
                "/desk/admin/users",
                "temporary password set for " + username,
                () -> users.resetPassword(username, password, me.getName()));
    }
}
