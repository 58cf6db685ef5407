package cn.jinshan.ladder.enterprise.registry.adapter.in.web;

import cn.jinshan.ladder.enterprise.registry.application.EnterpriseExport;
import cn.jinshan.ladder.enterprise.registry.application.EnterpriseImport;
import cn.jinshan.ladder.enterprise.registry.application.ImportColumns;
import cn.jinshan.ladder.enterprise.registry.application.ImportReport;
import cn.jinshan.ladder.kit.error.InvalidInputException;
import cn.jinshan.ladder.kit.security.CurrentUser;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Exports of enterprise lists (CSV, XLSX), the import template, and bulk import of firms and figures. */
@RestController
@RequestMapping("/api/enterprises")
class TransferController {

    static final String CSV = "text/csv;charset=UTF-8";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final EnterpriseExport export;
    private final EnterpriseImport importer;

    TransferController(EnterpriseExport export, EnterpriseImport importer) {
        this.export = export;
        this.importer = importer;
    }

    @GetMapping("/export.csv")
    void exportCsv(@ParameterObject ListParameters parameters, CurrentUser user, HttpServletResponse response)
            throws IOException {
        attachment(response, CSV, "enterprises.csv");
        Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        export.export(parameters.toQuery(false), parameters.specialist(), user, "csv", new CsvTableWriter(writer));
        writer.flush();
    }

    @GetMapping("/export.xlsx")
    void exportXlsx(@ParameterObject ListParameters parameters, CurrentUser user, HttpServletResponse response)
            throws IOException {
        attachment(response, XLSX, "enterprises.xlsx");
        XlsxTableWriter writer = new XlsxTableWriter(response.getOutputStream(), "企业");
        export.export(parameters.toQuery(false), parameters.specialist(), user, "xlsx", writer);
        writer.finish();
    }

    @GetMapping("/import/template.csv")
    void templateCsv(HttpServletResponse response) throws IOException {
        attachment(response, CSV, "ladder-import-template.csv");
        Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        new CsvTableWriter(writer).row(ImportColumns.HEADER);
        writer.flush();
    }

    @GetMapping("/import/template.xlsx")
    void templateXlsx(HttpServletResponse response) throws IOException {
        attachment(response, XLSX, "ladder-import-template.xlsx");
        XlsxTableWriter writer = new XlsxTableWriter(response.getOutputStream(), "导入");
        writer.row(ImportColumns.HEADER);
        writer.notes(
                "说明",
                ImportColumns.DESCRIPTIONS.entrySet().stream()
                        .map(e -> List.of(e.getKey(), e.getValue()))
                        .toList());
        writer.finish();
    }

    @PostMapping("/import")
    ImportReport importFile(@RequestParam("file") MultipartFile file, CurrentUser user) throws IOException {
        String name = file.getOriginalFilename() == null
                ? ""
                : file.getOriginalFilename().toLowerCase();
        try (InputStream in = file.getInputStream()) {
            if (name.endsWith(".xlsx") || XLSX.equals(file.getContentType())) {
                try (ReadableWorkbook workbook = new ReadableWorkbook(in);
                        Stream<Row> rows = workbook.getFirstSheet().openStream()) {
                    return importer.importTable(XlsxRows.of(rows).iterator(), user, name);
                }
            }
            if (name.endsWith(".csv")
                    || name.endsWith(".txt")
                    || (file.getContentType() != null && file.getContentType().startsWith("text/"))) {
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                return importer.importTable(new CsvRows(reader), user, name);
            }
        }
        throw new InvalidInputException("file", "format", "Upload a .csv (UTF-8) or .xlsx file");
    }

    private static void attachment(HttpServletResponse response, String type, String filename) {
        response.setContentType(type);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"");
    }
}
