package com.knowpay.support;

import com.knowpay.account.AccountService;
import com.knowpay.account.RegisterCommand;
import com.knowpay.catalog.CatalogService;
import com.knowpay.catalog.CourseSearch;
import com.knowpay.catalog.CourseView;
import com.knowpay.order.OrderService;
import com.knowpay.order.OrderView;
import com.knowpay.payment.AttemptStatus;
import com.knowpay.payment.ChannelType;
import com.knowpay.payment.PaymentAttemptView;
import com.knowpay.shared.security.Role;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Helpers for order and payment tests: fresh learners (the test DB is shared), sign-in, HTTP form posts. */
public final class PaymentTestKit {

    public static final String PASSWORD = "learnPay2026";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private PaymentTestKit() {
    }

    /** A new learner account nobody else uses; returns the username. */
    public static String newLearner(AccountService accounts) {
        String username = "kp" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50), 36);
        accounts.register(new RegisterCommand(username, "Test " + username, null, PASSWORD, Role.LEARNER));
        return username;
    }

    /** An order with an open sandbox QR code, for a new learner and a random priced course. */
    public record SandboxCheckout(String learner, long userId, long courseId, String orderNo, String paymentNo,
                                  AttemptStatus attemptStatus) {
    }

    public static SandboxCheckout sandboxCheckout(AccountService accounts, CatalogService catalog, OrderService orders,
                                                  UserDetailsService users) {
        String learner = newLearner(accounts);
        List<CourseView> courses = pricedCourses(catalog);
        CourseView course = courses.get(ThreadLocalRandom.current().nextInt(courses.size()));
        return SignIn.as(users, learner, () -> {
            OrderView order = orders.placeOrder(course.id());
            PaymentAttemptView attempt = orders.startPayment(order.orderNo(), ChannelType.SANDBOX);
            return new SandboxCheckout(learner, order.userId(), course.id(), order.orderNo(), attempt.paymentNo(),
                    attempt.status());
        });
    }

    /** Published demo courses with a price, cheapest last; tests pick by index to spread over courses. */
    public static List<CourseView> pricedCourses(CatalogService catalog) {
        return catalog.search(CourseSearch.all(), 0, 50).getContent().stream()
                .filter(c -> c.isPurchasable() && !c.price().isZero()).toList();
    }

    public static String postForm(int port, String path, Map<String, String> params) {
        String form = params.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
