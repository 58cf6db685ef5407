package cn.jinshan.ladder.certification.material.adapter.out.gridfs;

import cn.jinshan.ladder.certification.material.application.MaterialStorage;
import cn.jinshan.ladder.certification.material.domain.FileType;
import cn.jinshan.ladder.certification.material.domain.Material;
import cn.jinshan.ladder.certification.persistence.IdIndex;
import com.mongodb.MongoGridFSException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSFile;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.BsonString;
import org.bson.Document;
import org.bson.types.Binary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/**
 * Material files in the GridFS bucket {@code materials}, described by their metadata. Reads avoid what the MongoDB
 * stand-in would answer with a full scan: an application's materials are listed through its document in
 * {@code application_materials} (ids by application, {@code _id $in}), a material is found by {@code _id} alone, and
 * its content is read chunk by chunk with equality on both keys of the unique {@code files_id_1_n_1} index (the
 * driver's own download asks for {@code files_id} alone, a scan of every chunk of every file).
 */
@Repository
class GridFsMaterialStorage implements MaterialStorage {

    static final String BUCKET = "materials";
    static final String APPLICATION_MATERIALS = "application_materials";

    private static final Logger log = LoggerFactory.getLogger(GridFsMaterialStorage.class);

    private final GridFSBucket bucket;
    private final MongoCollection<Document> files;
    private final MongoCollection<Document> chunks;
    private final IdIndex byApplication;

    GridFsMaterialStorage(MongoTemplate mongo) {
        this.bucket = GridFSBuckets.create(mongo.getDb(), BUCKET);
        this.files = mongo.getCollection(BUCKET + ".files");
        this.chunks = mongo.getCollection(BUCKET + ".chunks");
        this.byApplication = new IdIndex(
                mongo,
                APPLICATION_MATERIALS,
                BUCKET + ".files",
                List.of("metadata.applicationId"),
                stored -> stored.get("metadata") instanceof Document metadata
                        ? metadata.getString("applicationId")
                        : null);
    }

    @EventListener(ApplicationReadyEvent.class)
    void prepare() {
        try {
            chunks.createIndex(
                    Indexes.ascending("files_id", "n"),
                    new IndexOptions().unique(true).name("files_id_1_n_1"));
            files.createIndex(Indexes.ascending("metadata.applicationId"), new IndexOptions().name("application"));
        } catch (RuntimeException e) {
            log.warn("could not ensure the indexes of the {} bucket: {}", BUCKET, e.toString());
        }
        byApplication.backfillInBackground();
    }

    @Override
    public Material store(Material material, byte[] content) {
        Document metadata = new Document("applicationId", material.applicationId())
                .append("enterpriseId", material.enterpriseId())
                .append("kind", material.kind())
                .append("version", material.version())
                .append("type", material.type().name())
                .append("size", material.size())
                .append("originalName", material.originalName())
                .append("uploadedBy", material.uploadedBy())
                .append("uploadedAt", Date.from(material.uploadedAt()));
        byApplication.add(material.applicationId(), material.id());
        bucket.uploadFromStream(
                new BsonString(material.id()),
                material.fileName(),
                new ByteArrayInputStream(content),
                new GridFSUploadOptions().metadata(metadata));
        return material;
    }

    @Override
    public List<Material> list(String applicationId) {
        Optional<List<String>> ids = byApplication.ids(List.of(applicationId));
        if (ids.isEmpty()) {
            return bucket.find(Filters.eq("metadata.applicationId", applicationId))
                    .sort(Sorts.ascending("uploadDate"))
                    .map(GridFsMaterialStorage::toMaterial)
                    .into(new ArrayList<>());
        }
        if (ids.get().isEmpty()) {
            return List.of();
        }
        List<GridFSFile> found = bucket.find(Filters.in("_id", ids.get())).into(new ArrayList<>());
        return found.stream()
                .filter(file -> file.getMetadata() != null
                        && applicationId.equals(file.getMetadata().getString("applicationId")))
                .sorted(Comparator.comparing(GridFSFile::getUploadDate))
                .map(GridFsMaterialStorage::toMaterial)
                .toList();
    }

    @Override
    public Optional<Material> find(String applicationId, String materialId) {
        return Optional.ofNullable(bucket.find(Filters.eq("_id", materialId)).first())
                .filter(file -> file.getMetadata() != null
                        && applicationId.equals(file.getMetadata().getString("applicationId")))
                .map(GridFsMaterialStorage::toMaterial);
    }

    @Override
    public byte[] content(String materialId) {
        GridFSFile file = bucket.find(Filters.eq("_id", materialId)).first();
        if (file == null) {
            throw new MongoGridFSException("no material file with id " + materialId);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) file.getLength());
        long count = (file.getLength() + file.getChunkSize() - 1) / file.getChunkSize();
        for (int n = 0; n < count; n++) {
            Document chunk = chunks.find(new Document("files_id", materialId).append("n", n))
                    .first();
            if (chunk == null) {
                throw new MongoGridFSException("chunk " + n + " of material " + materialId + " is missing");
            }
            byte[] data = chunk.get("data", Binary.class).getData();
            out.write(data, 0, data.length);
        }
        return out.toByteArray();
    }

    private static Material toMaterial(GridFSFile file) {
        Document metadata = file.getMetadata();
        return new Material(
                file.getId().asString().getValue(),
                metadata.getString("applicationId"),
                metadata.getString("enterpriseId"),
                metadata.getString("kind"),
                metadata.getInteger("version"),
                FileType.valueOf(metadata.getString("type")),
                ((Number) metadata.get("size")).longValue(),
                metadata.getString("originalName"),
                metadata.getString("uploadedBy"),
                metadata.getDate("uploadedAt").toInstant());
    }
}
