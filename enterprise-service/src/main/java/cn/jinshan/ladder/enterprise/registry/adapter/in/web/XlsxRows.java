package cn.jinshan.ladder.enterprise.registry.adapter.in.web;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;

/** The rows of an XLSX sheet as text cells, read as a stream (numbers in plain notation). */
final class XlsxRows {

    private XlsxRows() {}

    static Stream<List<String>> of(Stream<Row> rows) {
        return rows.map(XlsxRows::cells);
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < row.getCellCount(); i++) {
            Cell cell = row.getCell(i);
            if (cell == null || cell.getType() == CellType.EMPTY) {
                cells.add("");
            } else if (cell.getType() == CellType.NUMBER) {
                cells.add(cell.asNumber().stripTrailingZeros().toPlainString());
            } else {
                cells.add(cell.getText());
            }
        }
        return cells;
    }
}
