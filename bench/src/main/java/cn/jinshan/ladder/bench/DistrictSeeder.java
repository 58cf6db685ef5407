package cn.jinshan.ladder.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;

/**
 * Seeds a large district from a fixed seed by cloning the documents the services stored for their demo district
 * (so every clone has exactly the services' stored shape: types, nesting, version) — firms with their yearly figures
 * ({@code enterprise_metrics}), certificates, applications — each with a new id, a valid credit
 * code (GB 32100-2015) and no pending outbox. Run it against a stack that has started once with demo data.
 *
 * <p>Arguments: mongo base URI (e.g. {@code mongodb://127.0.0.1:27017}), firms, certificates, applications, seed, ids
 * file (the generated credit codes, one per line, for the read scenarios), and optionally how many firms get yearly figures
 * (default all; a figures document is about 16 KB, which the in-memory stand-in pays for every firm). Firms already
 * seeded (same prefix) are kept
 * and the numbering continues after them, so an interrupted seed resumes.
 */
public final class DistrictSeeder {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final JsonWriterSettings EXTENDED =
            JsonWriterSettings.builder().outputMode(JsonMode.EXTENDED).build();
    private static final int BATCH = 1000;
    private static final String BENCH_PREFIX = "91310116BN";
    private static final int TEMPLATES = 400;

    private DistrictSeeder() {}

    public static void main(String[] args) throws IOException {
        String uri = args[0];
        int firms = Integer.parseInt(args[1]);
        int certificates = Integer.parseInt(args[2]);
        int applications = Integer.parseInt(args[3]);
        Random random = new Random(Long.parseLong(args[4]));
        Path idsFile = Path.of(args[5]);
        try (MongoClient client = MongoClients.create(uri)) {
            MongoDatabase enterprise = client.getDatabase("enterprise");
            MongoDatabase certification = client.getDatabase("certification");
            List<String> codes = new ArrayList<>(firms);
            List<String> names = new ArrayList<>(firms);
            long started = System.nanoTime();
            MongoCollection<Document> firmCollection = enterprise.getCollection("enterprises");
            List<Document> firmTemplates = templates(firmCollection);
            int present = (int) firmCollection.countDocuments(Filters.regex("_id", "^" + BENCH_PREFIX));
            for (int i = 0; i < Math.min(present, firms); i++) {
                codes.add(creditCode(i));
                names.add(firmName(i));
            }
            System.out.printf("%,d bench firms already stored, adding %,d%n", present, Math.max(0, firms - present));
            insert(firmCollection, present, firms, i -> {
                String code = creditCode(i);
                Document firm = copy(firmTemplates.get(random.nextInt(firmTemplates.size())));
                firm.put("_id", code);
                Document profile = (Document) firm.get("profile");
                String name = firmName(i);
                if (profile != null) {
                    profile.put("creditCode", code);
                    profile.put("legalName", name);
                    profile.put("shortName", "基准" + i);
                }
                codes.add(code);
                names.add(name);
                return firm;
            });
            report("enterprises", firms, started);
            started = System.nanoTime();
            MongoCollection<Document> figuresCollection = enterprise.getCollection("enterprise_metrics");
            List<Document> figuresTemplates = templates(figuresCollection);
            int figuresPresent = (int) figuresCollection.countDocuments(Filters.regex("_id", "^" + BENCH_PREFIX));
            int withFigures = args.length > 6 ? Math.min(firms, Integer.parseInt(args[6])) : firms;
            insert(figuresCollection, figuresPresent, withFigures, i -> {
                Document figures = copy(figuresTemplates.get(random.nextInt(figuresTemplates.size())));
                figures.put("_id", creditCode(i));
                return figures;
            });
            report("enterprise_metrics", withFigures, started);
            started = System.nanoTime();
            List<Document> certificateTemplates = templates(certification.getCollection("certificates"));
            insert(certification.getCollection("certificates"), 0, certificates, i -> {
                Document certificate = copy(certificateTemplates.get(random.nextInt(certificateTemplates.size())));
                certificate.put("_id", "bench-cert-" + i);
                certificate.put("enterpriseId", codes.get(random.nextInt(codes.size())));
                certificate.put("number", "BENCH-" + i);
                certificate.put("applicationId", "bench-app-cert-" + i);
                return certificate;
            });
            report("certificates", certificates, started);
            started = System.nanoTime();
            List<Document> applicationTemplates = templates(certification.getCollection("applications"));
            insert(certification.getCollection("applications"), 0, applications, i -> {
                Document application = copy(applicationTemplates.get(random.nextInt(applicationTemplates.size())));
                int firm = random.nextInt(codes.size());
                application.put("_id", "bench-app-" + i);
                application.put("enterpriseId", codes.get(firm));
                application.put("enterpriseName", names.get(firm));
                if (application.get("certificateId") != null) {
                    application.put("certificateId", "bench-app-cert-of-" + i);
                }
                return application;
            });
            report("applications", applications, started);
            // the seeded documents bypass certification-service, so its _id index documents (a firm's applications and
            // certificates, the status shards) lack them: dropping the backfill markers makes its next start rebuild them
            long markers = certification.getCollection("index_backfills").deleteMany(new Document()).getDeletedCount();
            System.out.printf("cleared %d index backfill markers: restart certification-service to rebuild its indexes%n", markers);
            Files.write(idsFile, codes);
        }
    }

    private static List<Document> templates(MongoCollection<Document> collection) {
        List<Document> templates = collection
                .find(Filters.not(Filters.regex("_id", "^(" + BENCH_PREFIX + "|bench-)")))
                .limit(TEMPLATES)
                .into(new ArrayList<>());
        if (templates.isEmpty()) {
            throw new IllegalStateException(collection.getNamespace() + " is empty: start the stack with demo data first");
        }
        return templates;
    }

    private interface Maker {
        Document make(int index);
    }

    private static void insert(MongoCollection<Document> collection, int from, int count, Maker maker) {
        List<Document> batch = new ArrayList<>(BATCH);
        for (int i = from; i < count; i++) {
            batch.add(maker.make(i));
            if (batch.size() == BATCH) {
                collection.insertMany(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            collection.insertMany(batch);
        }
    }

    private static Document copy(Document template) {
        Document copy = Document.parse(template.toJson(EXTENDED));
        copy.remove("outbox");
        copy.put("version", 0L);
        return copy;
    }

    /** 9 (registration authority) 1 (enterprise) 310116 (Jinshan) + "BN" + 7 digits + check character. */
    static String creditCode(int index) {
        String first17 = BENCH_PREFIX + String.format("%07d", index);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return first17 + ALPHABET.charAt(check == 31 ? 0 : check);
    }

    private static String firmName(int index) {
        return "上海金山基准" + index + "号制造有限公司";
    }

    private static void report(String what, int count, long started) {
        System.out.printf("seeded %,d %s in %.1f s%n", count, what, (System.nanoTime() - started) / 1e9);
    }
}
