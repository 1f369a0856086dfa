package com.knowpay.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.knowpay.support.IntegrationTest;
import com.knowpay.support.SignIn;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Errors no controller handles still answer in the API contract (problem+json with a stable code and
 * the right status), never a redirect to the login page or Vaadin's HTML, and a client's mistake leaves
 * no stack trace in the log. Plain java.net.http, redirects not followed: what a client sees.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ApiErrorContractIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort int port;
    String token;

    @BeforeEach
    void signIn() throws Exception {
        String username = "err" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String password = "Pw" + UUID.randomUUID().toString().substring(0, 10) + "9";
        String credentials = "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}";
        assertThat(send(post("/api/auth/register", "application/json", credentials)).statusCode()).isEqualTo(201);
        token = SignIn.bearerToken(port, username, password);
    }

    @Test
    void anUnknownApiPathIs404ForEveryoneWhileAKnownOneStillAsksStrangersToSignIn() throws Exception {
        HttpResponse<String> anonymous = send(request("/api/no-such-thing").GET().build());
        assertProblem(anonymous, 404, "not-found");
        assertProblem(send(request("/api/orders/O1/no-such-action").POST(HttpRequest.BodyPublishers.noBody()).build()),
                404, "not-found");
        assertProblem(send(request("/api/orders").GET().build()), 401, "unauthenticated");
        assertProblem(send(request("/api/orders/O1/cancel").POST(HttpRequest.BodyPublishers.noBody()).build()),
                401, "unauthenticated");
        assertProblem(send(request("/api/courses").PUT(HttpRequest.BodyPublishers.noBody()).build()),
                405, "method-not-allowed");

        HttpResponse<String> signedIn = send(authed("/api/no-such-thing").GET().build());
        assertProblem(signedIn, 404, "not-found");
        assertThat(problem(signedIn).get("detail").asString()).contains("/api/no-such-thing");

        assertProblem(send(authed("/api/orders/O1/no-such-action").POST(HttpRequest.BodyPublishers.noBody()).build()),
                404, "not-found");
    }

    @Test
    void aWrongMethodIs405WithAllow() throws Exception {
        HttpResponse<String> put = send(authed("/api/courses").PUT(HttpRequest.BodyPublishers.ofString("{}"))
                .header("Content-Type", "application/json").build());

        assertProblem(put, 405, "method-not-allowed");
        assertThat(put.headers().firstValue("Allow")).hasValueSatisfying(allow -> assertThat(allow).contains("GET"));

        HttpResponse<String> deleteOrders = send(authed("/api/orders").DELETE().build());
        assertProblem(deleteOrders, 405, "method-not-allowed");

        // The notification endpoints answer providers in their own forms; anything else there is a problem too.
        assertProblem(send(request("/api/pay/notify/alipay").GET().build()), 405, "method-not-allowed");
        assertProblem(send(request("/api/pay/notify/nope").POST(HttpRequest.BodyPublishers.noBody()).build()),
                404, "not-found");
    }

    @Test
    void aWrongContentTypeIs415() throws Exception {
        HttpResponse<String> plain = postOrder("text/plain", "courseId=1");

        assertProblem(plain, 415, "unsupported-media-type");
    }

    @Test
    void anUnacceptableAcceptIs406() throws Exception {
        HttpResponse<String> csv = send(request("/api/courses").header("Accept", "text/csv").GET().build());

        assertThat(csv.statusCode()).isEqualTo(406);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
    }

    @Test
    void malformedJsonAndAFractionalCourseIdAre400NotTruncated() throws Exception {
        for (String body : new String[] {"{\"courseId\": ", "{\"courseId\": 1.5}", "{\"courseId\": 1e6000000}",
                "{\"courseId\": 1.0}"}) {
            assertProblem(postOrder("application/json", body), 400, "malformed-request");
        }
    }

    @Test
    void aParameterOfTheWrongTypeIs400() throws Exception {
        assertProblem(send(request("/api/courses?page=abc").GET().build()), 400, "bad-request");
        assertProblem(send(request("/api/courses?size=99999999999").GET().build()), 400, "bad-request");
        assertProblem(send(request("/api/courses/not-a-number").GET().build()), 400, "bad-request");
    }

    @Test
    void hugePagesAreRefusedWithoutAStackTrace(CapturedOutput output) throws Exception {
        int before = output.getAll().length();

        HttpResponse<String> huge = send(request("/api/courses?page=2147483647").GET().build());
        HttpResponse<String> overflow = send(request("/api/courses?page=2147483647&size=100").GET().build());
        HttpResponse<String> beyondReach = send(request("/api/courses?page=100&size=100").GET().build());

        assertProblem(huge, 400, "invalid-paging");
        assertProblem(overflow, 400, "invalid-paging");
        assertProblem(beyondReach, 400, "invalid-paging");
        assertThat(send(request("/api/courses?page=99&size=100").GET().build()).statusCode()).isEqualTo(200);
        String logged = output.getAll().substring(before);
        assertThat(logged).doesNotContain("ERROR").doesNotContain("\tat ").doesNotContain("Exception:");
    }

    @Test
    void anErrorBeforeAnyControllerIsAProblemToo() throws Exception {
        // Spring Security's firewall refuses a ';' in the path before any chain or controller runs.
        assertProblem(send(request("/api/courses;x=1").GET().build()), 400, "bad-request");
    }

    private void assertProblem(HttpResponse<String> res, int status, String code) {
        assertThat(res.statusCode()).as(res.body()).isEqualTo(status);
        assertThat(res.headers().firstValue("Location")).as("never a redirect").isEmpty();
        assertThat(res.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("application/problem+json"));
        JsonNode problem = problem(res);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("code").asString()).isEqualTo(code);
        assertThat(problem.get("type").asString()).isEqualTo(ProblemHandler.TYPE_BASE + code);
        assertThat(problem.get("detail").asString()).isNotBlank();
    }

    private static JsonNode problem(HttpResponse<String> res) {
        return JSON.readTree(res.body());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    }

    private HttpRequest.Builder authed(String path) {
        return request(path).header("Authorization", "Bearer " + token);
    }

    private HttpResponse<String> postOrder(String contentType, String body) throws IOException, InterruptedException {
        return send(authed("/api/orders").header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private HttpRequest post(String path, String contentType, String body) {
        return request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
