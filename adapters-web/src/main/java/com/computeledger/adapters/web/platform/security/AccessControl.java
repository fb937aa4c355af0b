package com.computeledger.adapters.web.platform.security;

import com.computeledger.adapters.web.platform.problem.ProblemException;
import com.computeledger.adapters.web.platform.problem.ProblemType;
import com.computeledger.application.access.port.in.ApiKeyUseCases;
import com.computeledger.domain.access.ApiKey;
import com.computeledger.domain.access.Role;
import jakarta.annotation.Priority;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Decides, per resource method at start, which role it needs, and checks the bearer key of every request
 * to it. Writes need {@code editor} unless {@link RequiresRole} says more, so a new write route is protected
 * without anyone remembering to; reads of the API ({@code /api/...}) need {@code reader} only where the
 * configuration makes reads private. A missing or unknown key is a 401 problem, a weaker role a 403.
 */
public final class AccessControl implements DynamicFeature {

    /** The scheme of the {@code Authorization} header. */
    public static final String BEARER = "Bearer";

    private static final List<Class<? extends Annotation>> READS =
            List.of(GET.class, HEAD.class, OPTIONS.class);

    private final ApiKeyUseCases authenticate;
    private final boolean readsRequireKey;

    public AccessControl(ApiKeyUseCases authenticate, boolean readsRequireKey) {
        this.authenticate = authenticate;
        this.readsRequireKey = readsRequireKey;
    }

    /** The token of an {@code Authorization} header that uses the Bearer scheme (empty for any other header). */
    public static Optional<String> bearerToken(String authorization) {
        String scheme = BEARER + " ";
        return authorization != null && authorization.regionMatches(true, 0, scheme, 0, scheme.length())
                ? Optional.of(authorization.substring(scheme.length()).strip()) : Optional.empty();
    }

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        requiredRole(resourceInfo.getResourceClass(), resourceInfo.getResourceMethod())
                .ifPresent(role -> context.register(new KeyCheck(authenticate, role)));
    }

    /** The role {@code method} needs, or none when anyone may call it. */
    private Optional<Role> requiredRole(Class<?> resource, Method method) {
        RequiresRole declared = method.getAnnotation(RequiresRole.class);
        if (declared != null) {
            return Optional.of(declared.value());
        }
        boolean read = READS.stream().anyMatch(method::isAnnotationPresent);
        if (!read) {
            return Optional.of(Role.EDITOR);
        }
        Path path = resource.getAnnotation(Path.class);
        boolean apiRoute = path != null && path.value().startsWith("/api/");
        return readsRequireKey && apiRoute ? Optional.of(Role.READER) : Optional.empty();
    }

    /** The check for one resource method: a key that {@code authenticate} knows, with at least the role required. */
    @Priority(Priorities.AUTHENTICATION)
    private record KeyCheck(ApiKeyUseCases authenticate, Role required) implements ContainerRequestFilter {

        @Override
        public void filter(ContainerRequestContext request) {
            String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
            if (header == null || header.isBlank()) {
                throw unauthorized("this request needs an API key: send 'Authorization: Bearer <key>'");
            }
            String token = bearerToken(header)
                    .orElseThrow(() -> unauthorized("the Authorization header must use the Bearer scheme"));
            ApiKey key = authenticate.authenticate(token)
                    .orElseThrow(() -> unauthorized("the API key is unknown, malformed or revoked"));
            if (!key.role().includes(required)) {
                throw new ProblemException(ProblemType.FORBIDDEN, "this request needs the role '"
                        + required.lowerCase() + "'; the key '" + key.name() + "' has '" + key.role().lowerCase()
                        + "'", List.of());
            }
            boolean secure = request.getSecurityContext().isSecure();
            request.setSecurityContext(new CallerContext(new Caller(key), secure));
        }

        private static ProblemException unauthorized(String detail) {
            return new ProblemException(ProblemType.UNAUTHORIZED, detail, List.of());
        }
    }

    /** The security context of an authenticated request. */
    private record CallerContext(Caller caller, boolean secure) implements SecurityContext {

        @Override
        public Principal getUserPrincipal() {
            return caller;
        }

        @Override
        public boolean isUserInRole(String role) {
            return Arrays.stream(Role.values()).anyMatch(known -> known.lowerCase().equals(role)
                    && caller.key().role().includes(known));
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return BEARER;
        }
    }
}
