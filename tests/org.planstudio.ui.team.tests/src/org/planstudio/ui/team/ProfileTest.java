package org.planstudio.ui.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.junit.jupiter.api.Test;
import org.osgi.service.prefs.Preferences;
import org.planstudio.store.StoreConfig;
import org.planstudio.ui.testsupport.UiTest;

/** A profile becomes the store config the workbench opens, and survives the preferences. */
@UiTest
class ProfileTest {

    @Test
    void officeProfileNamesServerSchemaUserAndTls() {
        Profile profile = Profile.office(" db.office.example ", 6543, "plans", "planstudio", "zhangwei",
                TlsMode.VERIFY_FULL, "/etc/office ca/root.crt");
        StoreConfig config = profile.config("secret");
        assertEquals(StoreConfig.Engine.POSTGRESQL, config.engine());
        assertEquals("db.office.example", config.server().orElseThrow().host());
        assertEquals(6543, config.server().orElseThrow().port());
        assertEquals("plans", config.server().orElseThrow().database());
        assertEquals(Map.of("sslmode", "verify-full", "sslrootcert", "/etc/office ca/root.crt"),
                config.server().orElseThrow().options());
        assertEquals(Optional.of("planstudio"), config.schema());
        assertEquals(Optional.of("zhangwei"), config.user());
        assertEquals(Optional.of("secret"), config.password());
        assertTrue(!config.location().contains("secret"), config.location());
    }

    @Test
    void workingAloneIsTheEmbeddedFolder() {
        Path folder = Path.of("/tmp/plans-alone");
        assertEquals(StoreConfig.embedded(folder), Profile.alone(folder).config(""));
    }

    @Test
    void wrongFieldsAreNamed() {
        assertThrows(IllegalArgumentException.class,
                () -> Profile.office("", 5432, "plans", "planstudio", "u", TlsMode.REQUIRE, ""));
        IllegalArgumentException port = assertThrows(IllegalArgumentException.class,
                () -> Profile.office("h", 70000, "plans", "planstudio", "u", TlsMode.REQUIRE, ""));
        assertTrue(port.getMessage().contains("70000"), port.getMessage());
        IllegalArgumentException schema = assertThrows(IllegalArgumentException.class,
                () -> Profile.office("h", 5432, "plans", "Bad-Schema", "u", TlsMode.REQUIRE, ""));
        assertTrue(schema.getMessage().contains("Bad-Schema"), schema.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> Profile.office("h", 5432, "plans", "planstudio", " ", TlsMode.REQUIRE, ""));
    }

    @Test
    void profilesRoundTripThroughThePreferences() throws Exception {
        Preferences node = InstanceScope.INSTANCE.getNode("org.planstudio.ui.team.tests." + UUID.randomUUID());
        try {
            Profiles profiles = new Profiles(node);
            assertEquals(Optional.empty(), profiles.chosen(), "nothing chosen yet: the first start asks");
            Profile office = Profile.office("db.office", 5432, "plans", "team_a", "lihua", TlsMode.VERIFY_CA,
                    "/ca.crt");
            profiles.save(office);
            assertEquals(Optional.of(office), new Profiles(node).chosen());
            for (String key : node.keys()) {
                assertTrue(!node.get(key, "").contains("secret"), key);
            }
            Profile alone = Profile.alone(Path.of("/tmp/alone-db"));
            profiles.save(alone);
            assertEquals(Optional.of(alone), new Profiles(node).chosen());
            assertEquals(Optional.of(office), new Profiles(node).lastOffice(), "the office fields are kept");
            assertEquals(Optional.of(alone), new Profiles(node).chosen());
        } finally {
            node.removeNode();
        }
    }
}
