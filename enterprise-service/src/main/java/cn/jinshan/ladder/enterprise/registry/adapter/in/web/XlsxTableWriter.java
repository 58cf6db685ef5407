package cn.jinshan.ladder.enterprise.registry.adapter.in.web;

import cn.jinshan.ladder.enterprise.registry.application.TableWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Writes one XLSX sheet with fastexcel, flushing rows as it goes; {@link #finish()} completes the file. */
final class XlsxTableWriter implements TableWriter {

    private static final int FLUSH_EVERY = 500;

    private final Workbook workbook;
    private final Worksheet sheet;
    private int rowIndex;

    XlsxTableWriter(OutputStream out, String sheetName) {
        this.workbook = new Workbook(out, "Ladder", "1.0");
        this.sheet = workbook.newWorksheet(sheetName);
    }

    @Override
    public void row(List<String> cells) {
        for (int column = 0; column < cells.size(); column++) {
            String cell = cells.get(column);
            if (cell != null && !cell.isEmpty()) {
                sheet.value(rowIndex, column, cell);
            }
        }
        if (rowIndex == 0) {
            sheet.style(0, 0).bold().set();
        }
        rowIndex++;
        if (rowIndex % FLUSH_EVERY == 0) {
            try {
                sheet.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Adds a second sheet of two columns (e.g. the template's column notes). */
    void notes(String sheetName, List<List<String>> rows) {
        Worksheet notes = workbook.newWorksheet(sheetName);
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                notes.value(r, c, rows.get(r).get(c));
            }
        }
        notes.width(0, 28);
        notes.width(1, 80);
    }

    void finish() throws IOException {
        workbook.finish();
    }
}
