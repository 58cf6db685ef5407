package cn.jinshan.ladder.certification.material;

import cn.jinshan.ladder.kit.test.ApiClient;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** Multipart uploads of a material as a browser would send them, with any file name and declared type. */
final class Uploads {

    private static final String BOUNDARY = "ladder-boundary-7d3f";

    private Uploads() {}

    /**
     * Posts {@code kind} and {@code file}; a name of plain printable ASCII goes in {@code filename}, any other in
     * {@code filename*} (RFC 5987) so control and non-ASCII characters reach the server as they are.
     */
    static HttpResponse<String> upload(
            ApiClient api, String token, String applicationId, String kind, String name, String type, byte[] content) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\n" + kind + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; " + filename(name)
                        + "\r\nContent-Type: " + type + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = api.request("/api/applications/" + applicationId + "/materials", token)
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        return api.send(request);
    }

    private static String filename(String name) {
        boolean plain = name.chars().allMatch(c -> c >= 0x20 && c < 0x7F && c != '"' && c != '\\');
        if (plain) {
            return "filename=\"" + name + "\"";
        }
        return "filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
