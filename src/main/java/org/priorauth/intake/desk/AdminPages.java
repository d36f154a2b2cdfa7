package org.priorauth.intake.desk;

import java.security.Principal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.priorauth.intake.tasks.StaffDirectoryFile;
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

/** The admin's pages (SecurityConfig lets only admins in): users. */
@Controller
class AdminPages {

    /** A person staff.yaml routes tasks to, and the sign-in user who is them (by full name), if any. */
    record RoutedPerson(String name, String roles, String username) {}

    private final StaffUsers users;
    private final StaffDirectoryFile staff;

    AdminPages(StaffUsers users, StaffDirectoryFile staff) {
        this.users = users;
        this.staff = staff;
    }

    @GetMapping("/desk/admin/users")
    String users(Model model) {
        model.addAttribute("users", users.all());
        model.addAttribute("roles", DeskRole.values());
        // one directory: who staff.yaml gives tasks to should be someone who can sign in and see them
        List<StaffUser> all = users.all();
        model.addAttribute(
                "routed",
                staff.current().people().entrySet().stream()
                        .map(e -> new RoutedPerson(
                                e.getKey(),
                                e.getValue().stream()
                                        .map(Enum::name)
                                        .sorted()
                                        .reduce((a, b) -> a + ", " + b)
                                        .orElse(""),
                                all.stream()
                                        .filter(u -> e.getKey().equalsIgnoreCase(u.fullName())
                                                || e.getKey().equalsIgnoreCase(u.username()))
                                        .map(StaffUser::username)
                                        .findFirst()
                                        .orElse(null)))
                        .toList());
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
