package cn.jinshan.ladder.enterprise.cohort.adapter.in.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Writes tables as CSV (UTF-8 with BOM, so spreadsheet programs read the Chinese) or as XLSX sheets. */
final class Tables {

    private Tables() {}

    static void csv(List<List<Object>> table, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        for (List<Object> row : table) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    line.append(',');
                }
                line.append(quote(row.get(i)));
            }
            writer.write(line.append("\r\n").toString());
        }
        writer.flush();
    }

    /** One sheet per entry, in order; numbers stay numbers. */
    static void xlsx(Map<String, List<List<Object>>> sheets, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Ladder", "1.0");
        sheets.forEach((name, table) -> {
            Worksheet sheet = workbook.newWorksheet(name);
            for (int r = 0; r < table.size(); r++) {
                List<Object> row = table.get(r);
                for (int c = 0; c < row.size(); c++) {
                    Object value = row.get(c);
                    if (value instanceof Number number) {
                        sheet.value(r, c, number);
                    } else if (value != null) {
                        sheet.value(r, c, value.toString());
                    }
                }
            }
            sheet.style(0, 0).bold().set();
        });
        workbook.finish();
    }

    private static String quote(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (text.startsWith("=") || text.startsWith("+") || text.startsWith("@")) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
