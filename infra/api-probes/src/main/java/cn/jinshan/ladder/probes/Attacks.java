package cn.jinshan.ladder.probes;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The hostile values the fuzzer draws from. */
final class Attacks {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Strings that break out of a server-side JavaScript or query expression. */
    static final List<String> NOSQL_STRINGS = List.of(
            "'; return true; //",
            "'; sleep(1000); var x='",
            "{\"$ne\": null}",
            "{\"$gt\": \"\"}",
            "$where",
            "$ne",
            "1' || '1'=='1",
            "this.password.match(/.*/)",
            ".*",
            "db.getSiblingDB('admin')");

    /** Characters and encodings that trip naive string handling. */
    static final List<String> NASTY_STRINGS = List.of(
            "\u0000",
            "abc\u0000def",
            "\r\n\r\nX-Injected: 1",
            "\t\u000b\f\u0007\u001b[31m",
            "\u202eevil\u202c",
            "\ufeff",
            "\u200b\u200d\u2060",
            "😀🤖👩‍👩‍👧‍👦",
            "中文字符测试",
            "Ω≈ç√∫˜µ≤≥÷",
            "<script>alert(1)</script>",
            "${jndi:ldap://127.0.0.1/a}",
            "{{7*7}}",
            "\\",
            "\"",
            "' OR '1'='1",
            "../../../../etc/passwd",
            "%00",
            " ",
            "",
            "null",
            "-1",
            "1e309",
            "NaN");

    /** Pre-encoded path segments: traversal, NUL, operators, overlong and odd ids. */
    static final List<String> PATH_VALUES = List.of(
            "..",
            "../..",
            "..%2F..%2Fetc%2Fpasswd",
            "%2e%2e%2f%2e%2e%2f",
            "%00",
            "x%00.json",
            "%24ne",
            "$ne",
            "%7B%22%24ne%22%3Anull%7D",
            "%5B%24ne%5D",
            "%24where",
            "-1",
            "0",
            "9223372036854775808",
            "%E4%B8%AD%E6%96%87",
            "%F0%9F%98%80",
            "%0d%0aX-Injected%3A%201",
            "%20",
            "%3B",
            "%25",
            "null",
            "undefined",
            ".*",
            "%2A");

    private Attacks() {}

    /** MongoDB query operators in place of a value. */
    static JsonNode nosqlOperator(int which) {
        ObjectNode operator = NODES.objectNode();
        switch (which % 8) {
            case 0 -> operator.putNull("$ne");
            case 1 -> operator.put("$gt", "");
            case 2 -> operator.put("$where", "sleep(1000)");
            case 3 -> operator.put("$regex", ".*");
            case 4 -> operator.put("$exists", true);
            case 5 -> operator.putArray("$in").add("").addNull();
            case 6 -> operator.putArray("$nin");
            default -> operator.putObject("$expr").putArray("$eq").add(1).add(1);
        }
        return operator;
    }

    static final int NOSQL_OPERATORS = 8;

    /** Numbers at and beyond the edges of int, long and double. */
    static JsonNode extremeNumber(int which) {
        return switch (which % 10) {
            case 0 -> NODES.numberNode(Long.MAX_VALUE);
            case 1 -> NODES.numberNode(Long.MIN_VALUE);
            case 2 -> NODES.numberNode(new BigInteger("9223372036854775808"));
            case 3 -> NODES.numberNode(new BigInteger("-99999999999999999999999999999999999999"));
            case 4 -> NODES.numberNode(2147483648L);
            case 5 -> NODES.numberNode(-2147483649L);
            case 6 -> NODES.numberNode(new BigDecimal("1e400"));
            case 7 -> NODES.numberNode(new BigDecimal("-1.7976931348623157e308"));
            case 8 -> NODES.numberNode(new BigDecimal("4.9e-330"));
            default -> NODES.numberNode(-0.0);
        };
    }

    static final int EXTREME_NUMBERS = 10;

    /** Numbers and non-numbers as query-string text. */
    static final List<String> NUMBER_TEXTS = List.of(
            "9223372036854775808",
            "-9223372036854775809",
            "2147483648",
            "-1",
            "0",
            "1e309",
            "NaN",
            "Infinity",
            "0x10",
            "1.5",
            "١٢٣",
            "");
}
