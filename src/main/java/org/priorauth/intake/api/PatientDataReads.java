package org.priorauth.intake.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.priorauth.intake.audit.AuditTrail;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Who looked at patient data, and when: every successful read of documents, cases, tasks, drafts and the outbox
 * is an audit event with the signed-in user and what was read (a document's or case's id when the path names
 * one), through the API and the desk's pages alike (the review queue lists patients too). HIPAA asks a practice to be able to tell; the trail is append-only like the rest.
 */
@Configuration(proxyBeanMethods = false)
class PatientDataReads implements WebMvcConfigurer, HandlerInterceptor {

    private static final Pattern READ =
            Pattern.compile("^/(?:api|desk)/(documents|cases|tasks|drafts|outbox)(?:/(\\d+))?(/.*)?$|^/desk/?$");

    private final AuditTrail audit;

    PatientDataReads(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public void afterCompletion(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception failure) {
        if (!"GET".equals(request.getMethod()) || response.getStatus() != 200 || request.getRemoteUser() == null) {
            return;
        }
        Matcher m = READ.matcher(request.getRequestURI());
        if (!m.matches()) return;
        Long id = m.group(2) == null ? null : Long.valueOf(m.group(2));
        String what = m.group(1) == null ? "documents" : m.group(1);
        audit.record(
                request.getRemoteUser(),
                "patient-data.viewed",
                what.equals("documents") ? id : null,
                what.equals("cases") ? id : null,
                Map.of("path", request.getRequestURI()));
    }
}
