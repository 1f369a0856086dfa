package com.knowpay.account;

import com.knowpay.account.security.LoginAttemptService;
import com.knowpay.account.security.LoginFailureHandler;
import com.knowpay.account.security.RoleLandingSuccessHandler;
import com.knowpay.account.security.ThrottlingAuthenticationProvider;
import com.knowpay.account.ui.LoginView;
import com.knowpay.shared.web.ProblemHandler;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSavedRequestAwareAuthenticationSuccessHandler;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.DispatcherType;
import org.springframework.aop.Advisor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.aop.ClassFilter;
import org.springframework.aop.Pointcut;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.method.AuthorizationInterceptorsOrder;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;
import org.springframework.security.authorization.method.Jsr250AuthorizationManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two filter chains. {@code /api/**} is stateless (bearer tokens, no CSRF, problem+json errors;
 * provider notifications authenticate by signature). Everything else is the Vaadin UI with
 * form login and sessions. Both sign-in paths share one authentication manager, so login
 * throttling and its events cover the form and {@code POST /api/auth/token} alike.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfiguration {

    /**
     * {@code @RolesAllowed} / {@code @PermitAll} / {@code @DenyAll} on services, but not on Vaadin
     * views: the router already enforces a view's annotation, and a method-security proxy around a
     * component would make Vaadin hold a CGLIB subclass of the view instead of the view itself.
     */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor jsr250MethodSecurity() {
        ClassFilter notAComponent = type -> !Component.class.isAssignableFrom(type);
        Pointcut services = new ComposablePointcut(AuthorizationManagerBeforeMethodInterceptor.jsr250().getPointcut())
                .intersection(notAComponent);
        var interceptor = new AuthorizationManagerBeforeMethodInterceptor(services, new Jsr250AuthorizationManager());
        interceptor.setOrder(AuthorizationInterceptorsOrder.JSR250.getOrder());
        return interceptor;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    AuthenticationManager authenticationManager(UserDetailsService users, PasswordEncoder passwordEncoder,
                                                LoginAttemptService attempts, ApplicationEventPublisher events) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(passwordEncoder);
        ProviderManager manager = new ProviderManager(new ThrottlingAuthenticationProvider(passwords, attempts));
        manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
        // The signed-in principal is kept in the session: it must not carry the password hash (AccountPrincipal erases it).
        manager.setEraseCredentialsAfterAuthentication(true);
        return manager;
    }

    /**
     * Provider notifications (Alipay, WeChat Pay, the sandbox): no user, no session, no bearer token —
     * each request is authenticated by the provider's signature in the payment module before anything
     * is recorded. A chain of its own with only what such a request needs (the full API chain's
     * filters cost more CPU than recording the payment); still stateless, CSRF-free, no cookies.
     */
    @Bean
    @Order(0)
    SecurityFilterChain providerNotificationChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/pay/notify/**", "/api/sandbox/notify")
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(r -> r.disable())
                .securityContext(c -> c.disable())
                .anonymous(a -> a.disable())
                .logout(l -> l.disable())
                .headers(h -> h.disable())
                .authorizeHttpRequests(a -> a.anyRequest().permitAll());
        return http.build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, JsonMapper json, AuthenticationManager authenticationManager,
                                 ApiTokenService tokens,
                                 @Qualifier("requestMappingHandlerMapping")
                                 ObjectProvider<RequestMappingHandlerMapping> mappings) throws Exception {
        http.securityMatcher("/api/**")
                .authenticationManager(authenticationManager)
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new BearerTokenFilter(tokens, json), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/api/pay/notify/**", "/api/auth/register", "/api/auth/token",
                                "/api/sandbox/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/courses", "/api/courses/**").permitAll()
                        // A path nothing maps answers 404 problem+json to everyone (no 401 hinting it exists).
                        .requestMatchers(new UnmappedApiPaths(mappings)).permitAll()
                        .anyRequest().authenticated())
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((req, res, ex) -> {
                            res.setStatus(401);
                            res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                            res.setHeader("WWW-Authenticate", "Bearer");
                            json.writeValue(res.getOutputStream(), ProblemHandler.problem(HttpStatus.UNAUTHORIZED,
                                    "unauthenticated", ProblemHandler.SIGN_IN));
                        })
                        .accessDeniedHandler((req, res, ex) -> {
                            res.setStatus(403);
                            res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                            json.writeValue(res.getOutputStream(), ProblemHandler.problem(HttpStatus.FORBIDDEN,
                                    "forbidden", "Your account may not do this."));
                        }));
        return http.build();
    }

    /**
     * What the Vaadin pages may load. Vaadin's client needs inline styles and inline/eval'd script
     * (its bootstrap and {@code executeJs}); push runs over a same-origin WebSocket, which 'self' covers
     * in connect-src; QR codes are images from the app (and data:/blob: for generated ones). No plug-ins,
     * no framing (clickjacking), no {@code <base>} hijack, forms post only to this app.
     */
    /** Nothing in KnowPay uses the camera, microphone, location or payment request API of the browser. */
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; "
            + "font-src 'self' data:; "
            + "connect-src 'self'; "
            + "object-src 'none'; "
            + "base-uri 'self'; "
            + "form-action 'self'; "
            + "frame-ancestors 'none'";

    @Bean
    @Order(2)
    SecurityFilterChain uiChain(HttpSecurity http, AuthenticationManager authenticationManager,
                                RequestUtil vaadinRequests) throws Exception {
        http.authenticationManager(authenticationManager);
        http.authorizeHttpRequests(a -> a.requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html",
                "/actuator/health", "/actuator/health/**", "/sandbox/**", "/images/**").permitAll()
                // A refusal's own error page (e.g. the 403 of a login POST without its CSRF token) stays a
                // refusal instead of turning into a redirect to the login page.
                .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll());
        // Vaadin picks up a shared success handler instead of making its own.
        http.setSharedObject(VaadinSavedRequestAwareAuthenticationSuccessHandler.class, new RoleLandingSuccessHandler());
        // Vaadin's own CSRF set-up exempts the login page, i.e. POST /login: a cross-site form could sign a
        // victim's browser into the attacker's account (login CSRF). Only Vaadin's internal requests stay
        // exempt (they carry Vaadin's own CSRF token); the login form sends Spring's token, which Vaadin
        // puts in the page's <meta name="_csrf"> tags and vaadin-login-form submits with the form.
        http.with(VaadinSecurityConfigurer.vaadin(), c -> c.loginView(LoginView.class).enableCsrfConfiguration(false));
        http.csrf(c -> c.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        http.headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                // Order and payment links carry order numbers: other sites see only our origin.
                .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(p -> p.policy(PERMISSIONS_POLICY)));
        // Registered after Vaadin's configurer, so Vaadin sets up the form login (page, success handler) before it initialises.
        http.formLogin(f -> f.failureHandler(new LoginFailureHandler()));
        return http.build();
    }
}
