package cn.jinshan.ladder.probes;

/** One generated request: what is sent, and which part was made hostile and how. */
record RequestPlan(String operation, String method, String pathAndQuery, String body, String mutation) {

    /** The request as one line, long parts shortened, for failure messages. */
    String describe() {
        String line = method + " " + shorten(pathAndQuery, 300);
        return body == null ? line : line + " body=" + shorten(body, 300);
    }

    static String shorten(String text, int limit) {
        String visible = text.replaceAll("\\p{Cntrl}", "?");
        return visible.length() <= limit ? visible : visible.substring(0, limit) + "…(" + text.length() + " chars)";
    }
}
