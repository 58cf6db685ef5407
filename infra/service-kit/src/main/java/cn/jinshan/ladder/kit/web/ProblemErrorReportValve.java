package cn.jinshan.ladder.kit.web;

import cn.jinshan.ladder.kit.problem.ProblemTypes;
import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's error page for requests it refuses before Spring sees them (an encoded slash, a NUL or a malformed escape in
 * the path, an invalid header): an RFC 9457 problem with the security headers, instead of Tomcat's HTML page.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        boolean server = status >= 500;
        try {
            SecurityHeadersFilter.HEADERS.forEach(response::setHeader);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write("{\"type\":\"" + ProblemTypes.BASE + (server ? "internal" : "bad-request")
                        + "\",\"title\":\"" + (server ? "Internal error" : "Bad request") + "\",\"status\":" + status
                        + ",\"detail\":\"The web server refused the request before it reached the service\"}");
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            getContainer().getLogger().debug("cannot write the problem for a refused request", e);
        }
    }
}
