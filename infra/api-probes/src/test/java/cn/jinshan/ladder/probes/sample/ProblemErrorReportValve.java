package cn.jinshan.ladder.probes.sample;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's own error page (for requests it refuses before Spring sees them: an encoded slash or NUL in the path) as a
 * problem document instead of HTML.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        String kind = status >= 500 ? "internal" : "bad-request";
        String title = status >= 500 ? "Internal error" : "Bad request";
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write("{\"type\":\"https://ladder.jinshan.gov.cn/problems/" + kind + "\",\"title\":\"" + title
                        + "\",\"status\":" + status + ",\"detail\":\"The request was refused by the web server\"}");
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            getContainer().getLogger().debug("cannot write the problem for a refused request", e);
        }
    }
}
