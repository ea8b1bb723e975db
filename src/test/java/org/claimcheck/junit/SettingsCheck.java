package org.claimcheck.junit;

import org.claimcheck.settings.Settings;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/** Validates every setting when the test session opens, before any test or ND4J loads (registered through META-INF/services). */
public final class SettingsCheck implements LauncherSessionListener {
    @Override
    public void launcherSessionOpened(LauncherSession session) {
        Settings.fromSystemProperties();
    }
}
