package org.planstudio.ui.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.planstudio.store.PlanStore;
import org.planstudio.store.StoreException;
import org.planstudio.ui.testsupport.UiTest;

/** Each refused connection gets its own title and a text naming server and user, never the password (real server). */
@UiTest
class FailureMessagesTest {

    private TestServer server;

    @BeforeEach
    void server() throws Exception {
        server = new TestServer();
    }

    @AfterEach
    void drop() throws Exception {
        server.close();
    }

    private static StoreException refused(Profile profile, String password) {
        return assertThrows(StoreException.class, () -> PlanStore.open(profile.config(password)).close());
    }

    private static void assertNames(StoreException e, Profile profile, String password, String title) {
        assertEquals(title, Failures.title(e));
        String text = e.getLocalizedMessage();
        assertTrue(text.contains(profile.user() + "@"), text);
        assertTrue(text.contains(profile.host()), text);
        assertFalse(!password.isEmpty() && text.contains(password), "never the password: " + text);
    }

    @Test
    void wrongPassword() {
        Profile profile = server.profile();
        StoreException e = refused(profile, "Wr0ng-passw0rd");
        assertEquals(StoreException.Reason.AUTHENTICATION, e.reason());
        assertNames(e, profile, "Wr0ng-passw0rd", Messages.Failure_signIn);
    }

    @Test
    void unknownUser() {
        Profile profile = server.profile().withUser("nobody_in_this_office");
        StoreException e = refused(profile, "Some-passw0rd");
        assertEquals(StoreException.Reason.AUTHENTICATION, e.reason());
        assertNames(e, profile, "Some-passw0rd", Messages.Failure_signIn);
    }

    @Test
    void serverNotListening() {
        Profile profile = Profile.office("127.0.0.1", 1, "plans", "planstudio", "zhangwei", TlsMode.DISABLE, "");
        StoreException e = refused(profile, "Some-passw0rd");
        assertEquals(StoreException.Reason.DATABASE, e.reason());
        assertNames(e, profile, "Some-passw0rd", Messages.Failure_connect);
    }

    @Test
    void tlsRequiredButNotOffered() {
        Profile plain = server.profile();
        Profile profile = Profile.office(plain.host(), plain.port(), plain.database(), plain.schema(), plain.user(),
                TlsMode.REQUIRE, "");
        StoreException e = refused(profile, server.password());
        assertTrue(e.getMessage().contains("(TLS)"), e.getMessage());
        assertNames(e, profile, server.password(), Messages.Failure_connect);
    }
}
