package org.priorauth.intake.desk;

import java.security.Principal;
import org.priorauth.intake.users.StaffUsers;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Signing in, and choosing one's own password (asked for at once after a temporary or the demo's one). */
@Controller
class AccountPages {

    private final StaffUsers users;

    AccountPages(StaffUsers users) {
        this.users = users;
    }

    @GetMapping("/")
    String home() {
        return "redirect:/desk";
    }

    @GetMapping("/login")
    String signIn() {
        return "desk/login";
    }

    @GetMapping("/desk/password")
    String password() {
        return "desk/password";
    }

    @PostMapping("/desk/password")
    String changePassword(
            @RequestParam String current,
            @RequestParam String chosen,
            @RequestParam String repeated,
            Principal me,
            RedirectAttributes flash) {
        if (!chosen.equals(repeated)) {
            flash.addFlashAttribute("refused", "the two new passwords differ");
            return "redirect:/desk/password";
        }
        try {
            users.changeOwnPassword(me.getName(), current, chosen);
        } catch (StaffUsers.Refused e) {
            flash.addFlashAttribute("refused", e.getMessage());
            return "redirect:/desk/password";
        }
        flash.addFlashAttribute("done", "your password is changed");
        return "redirect:/desk";
    }
}
