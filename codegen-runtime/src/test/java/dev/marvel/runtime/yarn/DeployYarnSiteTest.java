package dev.marvel.runtime.yarn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.yarn.conf.YarnConfiguration;
import org.junit.jupiter.api.Test;

/** The documented example {@code deploy/hadoop/yarn-site.xml} reads as the runbook says. */
class DeployYarnSiteTest {

  @Test
  void theExampleConfigurationNamesAnRmAddressAndWhatEachWorkerOffers() {
    Path site = Path.of("../deploy/hadoop/yarn-site.xml").toAbsolutePath().normalize();
    assertTrue(Files.isRegularFile(site), site.toString());
    Configuration conf = new Configuration(false);
    conf.addResource(new org.apache.hadoop.fs.Path(site.toUri()));
    assertEquals("rm1:8032", YarnSettings.requireAddress(conf.get(YarnConfiguration.RM_ADDRESS)),
        "what marvelc's yarn option takes");
    assertFalse(conf.getBoolean(YarnConfiguration.NM_ENABLE_HARDWARE_CAPABILITY_DETECTION, true));
    assertEquals(8, conf.getInt(YarnConfiguration.NM_VCORES, 0));
    assertEquals(16384, conf.getInt(YarnConfiguration.NM_PMEM_MB, 0));
  }
}
