package org.priorauth.intake.desk;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import org.priorauth.intake.users.StaffUser;
import org.priorauth.intake.users.StaffUsers;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Who is at the desk, on every page; and a person still on a temporary or the demo's password is sent to
 * choose their own before anything else.
 */
@ControllerAdvice(basePackageClasses = SignedInPerson.class)
@Configuration(proxyBeanMethods = false)
class SignedInPerson implements WebMvcConfigurer, HandlerInterceptor {

    private final StaffUsers users;

    SignedInPerson(StaffUsers users) {
        this.users = users;
    }

    @ModelAttribute("me")
    StaffUser me(Principal principal) {
        return principal == null ? null : users.find(principal.getName()).orElse(null);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/desk", "/desk/**").excludePathPatterns("/desk/password");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        String user = request.getRemoteUser();
        if (user != null && users.mustChangePassword(user)) {
            response.sendRedirect(request.getContextPath() + "/desk/password");
            return false;
        }
        return true;
    }
}
