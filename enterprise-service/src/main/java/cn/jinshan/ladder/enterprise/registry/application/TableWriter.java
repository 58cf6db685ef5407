package cn.jinshan.ladder.enterprise.registry.application;

import java.util.List;

/** Where an export writes its rows (CSV, XLSX …), one at a time. */
public interface TableWriter {

    void row(List<String> cells);
}
