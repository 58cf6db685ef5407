package cn.jinshan.ladder.certification.material.adapter.out.gridfs;

import cn.jinshan.ladder.certification.material.application.MaterialStorage;
import cn.jinshan.ladder.certification.material.domain.FileType;
import cn.jinshan.ladder.certification.material.domain.Material;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSFile;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.BsonString;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/** Material files in the GridFS bucket {@code materials}, described by their metadata. */
@Repository
class GridFsMaterialStorage implements MaterialStorage {

    static final String BUCKET = "materials";

    private final GridFSBucket bucket;

    GridFsMaterialStorage(MongoTemplate mongo) {
        this.bucket = GridFSBuckets.create(mongo.getDb(), BUCKET);
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
        bucket.uploadFromStream(
                new BsonString(material.id()),
                material.fileName(),
                new ByteArrayInputStream(content),
                new GridFSUploadOptions().metadata(metadata));
        return material;
    }

    @Override
    public List<Material> list(String applicationId) {
        return bucket.find(Filters.eq("metadata.applicationId", applicationId))
                .sort(Sorts.ascending("uploadDate"))
                .map(GridFsMaterialStorage::toMaterial)
                .into(new ArrayList<>());
    }

    @Override
    public Optional<Material> find(String applicationId, String materialId) {
        return Optional.ofNullable(bucket.find(Filters.and(
                                Filters.eq("_id", materialId), Filters.eq("metadata.applicationId", applicationId)))
                        .first())
                .map(GridFsMaterialStorage::toMaterial);
    }

    @Override
    public byte[] content(String materialId) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        bucket.downloadToStream(new BsonString(materialId), out);
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
