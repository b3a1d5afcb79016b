package org.notebake.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notebake.site.SiteFixture;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Red team: the bundled Mermaid 11.9.0 drew an architecture diagram's service label as HTML, strict
 * mode or not (CVE-2025-54880): an {@code onerror} in it ran in a real browser. The diagrams of a
 * page draw, and no text in them runs.
 */
class DiagramScriptIT {
  @TempDir Path dir;

  @Test
  void noTextOfADiagramRunsAsScript() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("vault"),
            """
            -- jbake.properties --
            site.host=https://avery.example.org/
            site.title=Avery Quinn
            publish.folders=essays
            -- content/essays/m.md --
            ---
            title: Diagrams
            ---
            ```mermaid
            architecture-beta
                group api(cloud)[API]
                service db(database)[Database] in api
                service disk1 "<img src=x onerror=document.title='PWNED-ARCH'>"[Disk] in api
                db:L -- R:disk1
            ```

            ```mermaid
            flowchart LR
                A["<img src=x onerror=document.title='PWNED-FLOW'>"] --> B
                click A "javascript:document.title='PWNED-CLICK'"
            ```

            ```mermaid
            %%{init: {"securityLevel": "loose"}}%%
            sequenceDiagram
                Alice->>Bob: <img src=x onerror=document.title='PWNED-SEQ'>
            ```
            """);
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();

    HttpServer server = Chromium.serve(site.output(), "/");
    ChromeDriver driver = Chromium.start(1200, 900);
    try {
      driver.get(Chromium.base(server, "/") + "essays/m.html");
      new WebDriverWait(driver, Duration.ofSeconds(30))
          .until(d -> d.findElements(By.cssSelector("pre.mermaid > svg")).size() == 3);
      Thread.sleep(500); // an onerror runs once its image has failed to load
      assertThat(driver.getTitle()).doesNotContain("PWNED");
      new org.openqa.selenium.interactions.Actions(driver)
          .click(driver.findElements(By.cssSelector("pre.mermaid > svg.flowchart .node")).get(0))
          .perform();
      assertThat(driver.getTitle()).doesNotContain("PWNED");
    } finally {
      driver.quit();
      server.stop(0);
    }
  }
}
