package com.knowpay.order.web;

import com.knowpay.support.SignIn;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A real HTTP client against the running test server: what a mobile app would do. */
final class ApiClient {

    private final int port;
    private final RestClient http;
    private final JsonMapper json = JsonMapper.builder().build();
    private String token;

    ApiClient(int port) {
        this.port = port;
        this.http = RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .defaultStatusHandler(HttpStatusCode::isError, (req, res) -> { })
                .build();
    }

    /** Registers a brand-new learner and signs in; each test gets its own user. */
    ApiClient asNewLearner() {
        String username = "api" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String password = "Pw" + UUID.randomUUID().toString().substring(0, 10) + "9";
        post("/api/auth/register", Map.of("username", username, "password", password));
        this.token = SignIn.bearerToken(port, username, password);
        return this;
    }

    Response get(String path) {
        return exchange(http.get().uri(path).headers(this::auth).retrieve().toEntity(String.class));
    }

    Response post(String path, Object body) {
        return post(path, body, Map.of());
    }

    Response post(String path, Object body, Map<String, String> headers) {
        String text = body instanceof String s ? s : json.writeValueAsString(body);
        return exchange(http.post().uri(path).contentType(MediaType.APPLICATION_JSON)
                .headers(h -> { auth(h); headers.forEach(h::add); })
                .body(text).retrieve().toEntity(String.class));
    }

    private void auth(HttpHeaders h) {
        if (token != null) {
            h.setBearerAuth(token);
        }
    }

    private Response exchange(ResponseEntity<String> e) {
        return new Response(e.getStatusCode().value(), e.getHeaders(), e.getBody(), json);
    }

    record Response(int status, HttpHeaders headers, String body, JsonMapper mapper) {
        JsonNode json() {
            return mapper.readTree(body == null ? "null" : body);
        }

        String problemCode() {
            return json().path("code").asString();
        }

        String contentType() {
            return headers.getFirst(HttpHeaders.CONTENT_TYPE);
        }
    }
}
