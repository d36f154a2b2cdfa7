package org.priorauth.intake;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The REST API over real HTTP, signed in as the bootstrap admin, as a script at the clinic would call it. */
public final class Api {

    public record Answer(int status, JsonNode json) {}

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private final String base;
    private final String authorization;

    public Api(int port, String user, String password) {
        this.base = "http://127.0.0.1:" + port;
        this.authorization =
                "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public Answer get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", authorization)
                .GET());
    }

    public Answer getWithoutSignIn(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    public Answer post(String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Answer postText(String path, String text) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", authorization)
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(text)));
    }

    public Answer putText(String path, String text) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", authorization)
                .header("Content-Type", "text/plain")
                .PUT(HttpRequest.BodyPublishers.ofString(text)));
    }

    public String getText(String path) {
        return new String(bytes(path), java.nio.charset.StandardCharsets.UTF_8);
    }

    public byte[] bytes(String path) {
        try {
            return http.send(
                            HttpRequest.newBuilder(URI.create(base + path))
                                    .header("Authorization", authorization)
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray())
                    .body();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            boolean isJson = response.headers()
                    .firstValue("Content-Type")
                    .map(t -> t.contains("json"))
                    .orElse(false);
            return new Answer(
                    response.statusCode(), body == null || body.isBlank() || !isJson ? null : json.readTree(body));
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Opens a case for a patient and returns its id. */
    public long openCase(String name, String dateOfBirth, String memberId, String payer, String drug) {
        return post(
                        "/api/cases",
                        """
                        {"patient": {"name": "%s", "dateOfBirth": "%s", "memberId": "%s"}, "payer": "%s", "drug": "%s"}"""
                                .formatted(name, dateOfBirth, memberId, payer, drug))
                .json()
                .get("id")
                .asLong();
    }

    /** The document the API lists under this source name, or null. */
    public JsonNode documentNamed(String sourceName) {
        for (JsonNode d : get("/api/documents").json()) {
            if (d.get("sourceName").asString().equals(sourceName)) return d;
        }
        return null;
    }
}
