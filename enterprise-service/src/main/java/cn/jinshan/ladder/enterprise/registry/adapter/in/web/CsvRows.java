package cn.jinshan.ladder.enterprise.registry.adapter.in.web;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/** Reads RFC 4180 CSV (quoted cells, doubled quotes, line breaks in quotes) one record at a time from a stream. */
final class CsvRows implements Iterator<List<String>> {

    private final Reader in;
    private List<String> next;
    private boolean done;

    CsvRows(Reader in) {
        this.in = in;
    }

    @Override
    public boolean hasNext() {
        if (next == null && !done) {
            next = read();
        }
        return next != null;
    }

    @Override
    public List<String> next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        List<String> row = next;
        next = null;
        return row;
    }

    private List<String> read() {
        try {
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            boolean any = false;
            int c;
            while ((c = in.read()) != -1) {
                any = true;
                if (quoted) {
                    if (c == '"') {
                        in.mark(1);
                        int after = in.read();
                        if (after == '"') {
                            cell.append('"');
                        } else {
                            quoted = false;
                            if (after != -1) {
                                in.reset();
                            }
                        }
                    } else {
                        cell.append((char) c);
                    }
                } else if (c == '"' && cell.isEmpty()) {
                    quoted = true;
                } else if (c == ',') {
                    cells.add(cell.toString());
                    cell.setLength(0);
                } else if (c == '\n') {
                    cells.add(strip(cell));
                    return cells;
                } else {
                    cell.append((char) c);
                }
            }
            done = true;
            if (!any) {
                return null;
            }
            cells.add(strip(cell));
            return cells;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String strip(StringBuilder cell) {
        int length = cell.length();
        return length > 0 && cell.charAt(length - 1) == '\r' ? cell.substring(0, length - 1) : cell.toString();
    }
}
