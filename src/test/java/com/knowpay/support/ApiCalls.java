package com.knowpay.support;

import java.net.http.HttpClient;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plain HTTP against the running test server (RANDOM_PORT): no redirects followed, no
 * exception on 4xx/5xx, so tests can assert status, headers and problem bodies as a client sees them.
 */
public final class ApiCalls {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RestClient client;

    public ApiCalls(int port) {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        this.client = RestClient.builder()
                .baseUrl("http://localhost:" + port)
                .requestFactory(new JdkClientHttpRequestFactory(http))
                .defaultStatusHandler(status -> true, (request, response) -> { })
                .build();
    }

    public record Response(int status, HttpHeaders headers, String text) {

        public JsonNode json() {
            return text == null || text.isBlank() ? JSON.nullNode() : JSON.readTree(text);
        }

        public String problemCode() {
            return json().path("code").asString();
        }
    }

    public Response get(String path) {
        return send(HttpMethod.GET, path, null, null);
    }

    public Response get(String path, String bearer) {
        return send(HttpMethod.GET, path, null, bearer);
    }

    public Response post(String path, Object body) {
        return send(HttpMethod.POST, path, body, null);
    }

    public Response post(String path, Object body, String bearer) {
        return send(HttpMethod.POST, path, body, bearer);
    }

    /** A browser-style form POST (e.g. the sign-in form). */
    public Response postForm(String path, Map<String, String> fields) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        fields.forEach(form::add);
        ResponseEntity<String> res = client.post().uri(path).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(form).retrieve().toEntity(String.class);
        return new Response(res.getStatusCode().value(), res.getHeaders(), res.getBody());
    }

    private Response send(HttpMethod method, String path, Object body, String bearer) {
        RestClient.RequestBodySpec spec = client.method(method).uri(path).accept(MediaType.APPLICATION_JSON,
                MediaType.APPLICATION_PROBLEM_JSON);
        if (bearer != null) {
            spec.header(HttpHeaders.AUTHORIZATION, "Bearer " + bearer);
        }
        if (body != null) {
            spec.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        ResponseEntity<String> res = spec.retrieve().toEntity(String.class);
        return new Response(res.getStatusCode().value(), res.getHeaders(), res.getBody());
    }
}
