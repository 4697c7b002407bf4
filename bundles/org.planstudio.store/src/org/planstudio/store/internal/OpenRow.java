package org.planstudio.store.internal;

import java.util.HexFormat;
import java.util.Objects;

/**
 * What the store remembers, between saves, of one open row of a plan it handed out: the row's
 * key, its fingerprint (as four longs, a third of the hex string's heap) and where the element
 * sat, so that a save can tell a moved or changed element without reading the database.
 */
record OpenRow(long key, long sha0, long sha1, long sha2, long sha3, int position, String parentId, String feature) {

    static OpenRow of(RowVersion version, int position, String parentId, String feature) {
        String hex = version.sha256();
        return new OpenRow(version.key(), part(hex, 0), part(hex, 1), part(hex, 2), part(hex, 3), position, parentId,
                feature);
    }

    private static long part(String hex, int index) {
        return HexFormat.fromHexDigitsToLong(hex, index * 16, index * 16 + 16);
    }

    boolean sameContent(String sha256) {
        return sha0 == part(sha256, 0) && sha1 == part(sha256, 1) && sha2 == part(sha256, 2)
                && sha3 == part(sha256, 3);
    }

    boolean samePlace(int otherPosition, String otherParentId, String otherFeature) {
        return position == otherPosition && Objects.equals(parentId, otherParentId)
                && Objects.equals(feature, otherFeature);
    }
}
