package org.planstudio.ui.team;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.planstudio.ui.team.messages";

    public static String Connect_notRemembered;
    public static String Connect_opening;
    public static String Connect_retry;
    public static String Connect_workAlone;
    public static String Failure_connect;
    public static String Failure_locked;
    public static String Failure_noDatabase;
    public static String Failure_permission;
    public static String Failure_signIn;
    public static String Fields_alone;
    public static String Fields_browse;
    public static String Fields_caFile;
    public static String Fields_database;
    public static String Fields_folder;
    public static String Fields_host;
    public static String Fields_office;
    public static String Fields_password;
    public static String Fields_port;
    public static String Fields_remember;
    public static String Fields_schema;
    public static String Fields_tls;
    public static String Fields_user;
    public static String FirstStart_intro;
    public static String FirstStart_ok;
    public static String FirstStart_title;
    public static String Page_description;
    public static String Page_folderGiven;
    public static String Page_notSaved;
    public static String Page_test;
    public static String Page_testOk;
    public static String Profile_badAddress;
    public static String Profile_badPort;
    public static String Profile_badSchema;
    public static String Profile_noDatabase;
    public static String Profile_noFolder;
    public static String Profile_noHost;
    public static String Profile_noUser;
    public static String Root_description;
    public static String SignIn_intro;
    public static String SignIn_ok;
    public static String SignIn_title;
    public static String Switch_question;
    public static String Switch_title;
    public static String Tls_DISABLE;
    public static String Tls_REQUIRE;
    public static String Tls_VERIFY_CA;
    public static String Tls_VERIFY_FULL;
    public static String Where_alone;
    public static String Where_office;
    public static String Where_separator;
    public static String Role_ADMIN;
    public static String Role_PLAN_EDITOR;
    public static String Role_DIVISION_EDITOR;
    public static String Role_VIEWER;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
