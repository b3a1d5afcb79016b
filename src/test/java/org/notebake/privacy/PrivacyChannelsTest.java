package org.notebake.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 12.3 and 11.19/11.20: every channel is read as a browser or reader would read it. */
class PrivacyChannelsTest {
  private final PrivacyScanner scanner = PrivacyScanner.create(PrivacyRules.builder().build());

  private List<String> found(String text, Channel channel) {
    return scanner.scan(text, channel).stream().map(f -> f.rule() + "=" + f.value()).toList();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "https://x.example/call?tel=9125550142 | phone=9125550142",
        "https://x.example/files/912-555-0142.png | phone=912-555-0142",
        "https://x.example/?u=jo@ex.com | email=jo@ex.com",
        "mailto:jo%40ex.com | email=jo@ex.com",
        "https://x.example/?u=jo%2540ex.com | email=jo@ex.com",
        "https://x.example/?u=jo%252540ex.com | email=jo@ex.com",
        "https://x.example/?q=%39%31%32%20%35%35%35%20%30%31%34%32 | phone=912 555 0142",
        "https://s3.example.com/f?AWSAccessKeyId=AKIAIOSFODNN7EXAMPLE | "
            + "secret.aws-access-key=AKIAIOSFODNN7EXAMPLE",
        "https://jo:hunter2@example.org/x | url-credentials=jo:hunter2@example.org",
        "https://jo@example.org/x | url-credentials=jo@example.org",
        "https://jo%3Ahunter2%40@example.org | url-credentials=jo:hunter2@@example.org",
        "https://x.example/?phone=%2B1%20912%20555%200142 | phone=+1 912 555 0142"
      })
  void urlsAreReadPercentDecoded(String url, String expected) {
    assertThat(found(url, Channel.URL)).containsExactly(expected);
  }

  @Test
  void anAzureStorageUrlNamesAContainerNotAUser() {
    // bulka4's knowledge base: abfss://data@account.dfs.core.windows.net/sales/ in Spark notes.
    for (String url :
        new String[] {
          "abfss://data@account.dfs.core.windows.net/sales/",
          "wasbs://{containerName}@{storageAccount}.blob.core.windows.net",
          "ABFS://logs@lake/raw"
        }) {
      for (Channel channel : Channel.values()) {
        if (channel == Channel.FILE_NAME) {
          continue; // a published file's path holds no URL; "/" separates words there
        }
        assertThat(scanner.scan("LOCATION '" + url + "';", channel))
            .as(channel + " " + url)
            .isEmpty();
      }
    }
    assertThat(found("abfss://jo:hunter2@account.dfs.core.windows.net/", Channel.URL))
        .containsExactly("url-credentials=jo:hunter2@account.dfs.core.windows.net");
    assertThat(found("https://data@account.example.org/", Channel.URL))
        .containsExactly("url-credentials=data@account.example.org");
  }

  @Test
  void aUrlWhoseUserAndPasswordAreVariablesHoldsNoCredential() {
    // A shell script in a note: curl https://$TOKEN:@api.example.org/repos/... sends the token
    // the variable holds; the page shows only the variable's name.
    for (String url :
        new String[] {
          "https://$TOKEN:@api.example.org/repos/x",
          "https://${GH_USER}:${GH_TOKEN}@api.example.org/",
          "https://%USERNAME%:%PASSWORD%@proxy.example.org:8080",
          "ssh://$USER@build.example.org/srv"
        }) {
      for (Channel channel : Channel.values()) {
        if (channel == Channel.FILE_NAME) {
          continue; // a published file's path holds no URL
        }
        assertThat(scanner.scan("curl " + url + " -o x", channel))
            .as(channel + " " + url)
            .isEmpty();
      }
    }
    assertThat(found("https://jo:$TOKEN@example.org/", Channel.URL))
        .containsExactly("url-credentials=jo:$TOKEN@example.org");
    assertThat(found("https://$TOKEN:hunter2@example.org/", Channel.URL))
        .containsExactly("url-credentials=$TOKEN:hunter2@example.org");
  }

  @Test
  void aFindingInADecodedUrlKeepsTheTextAsWritten() {
    Finding f = scanner.scan("mailto:jo%40ex.com", Channel.URL).get(0);
    assertThat(f.match()).isEqualTo("jo%40ex.com");
    assertThat(f.start()).isEqualTo("mailto:".length());
    assertThat(f.value()).isEqualTo("jo@ex.com");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "912 555 0142",
        "\uff19\uff11\uff12 \uff15\uff15\uff15 \uff10\uff11\uff14\uff12",
        "\u0669\u0661\u0662 \u0665\u0665\u0665 \u0660\u0661\u0664\u0662",
        "\u06f9\u06f1\u06f2 \u06f5\u06f5\u06f5 \u06f0\u06f1\u06f4\u06f2",
        "\u096f\u0967\u0968 \u096b\u096b\u096b \u0966\u0967\u096a\u0968",
        "\uff19\uff112 \u0665\u0665\u0665 0142",
        "\ud835\udfd7\ud835\udfcf\ud835\udfd0 555 0142",
        "912-\u200d555-\u200d0142",
        "912\u200b 555\u200c 0142",
        "9\u00ad12-555-01\u200d42",
        "tel:912\u200d555\u200d0142",
        "912\u2011555\u20110142",
        "912\u00a0555\u00a00142",
        "\u2066912 555 0142\u2069",
        "912\u2800555\u28000142"
      })
  void digitsInAnyScriptAndHiddenCharsStillMakeANumber(String number) {
    for (Channel channel : Channel.values()) {
      List<Finding> findings = scanner.scan("data " + number + " end", channel);
      assertThat(findings).as(channel + ": " + number).hasSize(1);
      Finding f = findings.get(0);
      assertThat(f.rule()).isEqualTo("phone");
      assertThat(number).contains(f.match());
      assertThat(f.match()).doesNotEndWith("\u2069");
      assertThat(f.id()).isEqualTo(scanner.scan("912 555 0142").get(0).id());
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "912\u115f555\u115f0142",
        "912\u3164555\u31640142",
        "912\uffa0555\uffa00142",
        "912\u17b4555\ufe0f0142",
        "912\udb40\udc20555\udb40\udc200142"
      })
  void fillersABrowserDrawsAsNothingReadAsTheDigitsShown(String number) {
    // Shown as 9125550142: a number beside a phone word, as digits run together are.
    for (Channel channel : Channel.values()) {
      List<Finding> findings = scanner.scan("call me on " + number + " today", channel);
      assertThat(findings).as(channel + ": " + number).hasSize(1);
      assertThat(findings.get(0).match()).isEqualTo(number);
      assertThat(findings.get(0).id()).isEqualTo(scanner.scan("912 555 0142").get(0).id());
    }
  }

  @Test
  void aNumberARightToLeftOverrideShowsInOrderIsFoundWhereItIsWritten() {
    // Shown as "912 555 0142": the override reverses its run up to the pop.
    String written = "call \u202e2410 555 219\u202c now";
    for (Channel channel : Channel.values()) {
      List<Finding> findings = scanner.scan(written, channel);
      assertThat(findings).as(channel.toString()).isNotEmpty();
      Finding f = findings.get(0);
      assertThat(f.rule()).isEqualTo("phone");
      assertThat(f.id()).isEqualTo(scanner.scan("912 555 0142").get(0).id());
      assertThat(written.substring(f.start(), f.start() + f.match().length())).isEqualTo(f.match());
      assertThat(f.match()).contains("2410 555 219");
    }
    // As stored, too (a reader of the bytes sees it so), and to the line's end with no pop.
    assertThat(scanner.scan("\u202e912 555 0142 x", Channel.TEXT)).isNotEmpty();
    assertThat(scanner.scan("x \u202e2410 555 219\nnext line", Channel.TEXT)).isNotEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "jo\uff20ex.com",
        "jo\ufe6bex.com",
        "\uff4a\uff4f\uff20\uff45\uff58\uff0e\uff43\uff4f\uff4d"
      })
  void fullWidthAtSignsAndLettersMakeAnAddress(String address) {
    assertThat(found("mail " + address + " now", Channel.TEXT)).containsExactly("email=jo@ex.com");
    assertThat(found(address, Channel.ATTRIBUTE)).containsExactly("email=jo@ex.com");
  }

  @Test
  void stringEscapesInScriptsAreDecoded() {
    assertThat(found("{\"telephone\":\"\\u0039\\u0031\\u0032 555 0142\"}", Channel.SCRIPT))
        .containsExactly("phone=912 555 0142");
    assertThat(
            found("{\"email\":\"jo\\x40ex.com\",\"u\":\"https:\\/\\/x.example\"}", Channel.SCRIPT))
        .containsExactly("email=jo@ex.com");
  }

  @Test
  void aTokenBetweenLessAndGreaterThanInScriptIsFound() {
    String js =
        "if (a < b) { token = \"ghp_" + "A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8" + "\" } c = d > e;";
    assertThat(found(js, Channel.SCRIPT))
        .singleElement()
        .asString()
        .startsWith("secret.github-token=");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{remember:!1,password:!0,x:1}",
        "n.password=e.password,n.ok=!0",
        "var o={password:\"Password\",email:\"E-mail\"};",
        "placeholder:\"Enter your password\",password:\"Mot de passe\"",
        "if(password===\"\")return;",
        "a.secret=t.secret;a.token=null",
        "headers:{Authorization:\"Bearer \"+token}"
      })
  void aJavaScriptExpressionIsNotACredential(String js) {
    assertThat(found(js, Channel.SCRIPT)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "(415)\\,867\\text{-}5309 => phone",
        "\\text{(415) 867-5310} => phone",
        "4\\,1\\,5\\;8\\,6\\,7\\;5\\,3\\,1\\,6 => phone",
        "\\text{(415)}\\ 867\\text{-}5317 => phone",
        "\\text{jane11}\\char\"40\\text{example.org} => email",
        "\\mathrm{jane12@example.org} => email",
        "graph TD\nA[\"jane13#64;example.org\"]-->B => email",
        "graph TD\nA[\"#40;415#41; 867-5314\"]-->B => phone",
        "graph TD\nA[\"jane14#commat;example#period;org\"]-->B => email",
        "912\\,555\\,0161 => phone",
        "\\mathrm{912}\\,\\mathrm{555}\\,\\mathrm{0149} => phone",
        "912\\hspace{1em}555\\hspace*{2pt}0155 => phone",
        "912\\kern1em555\\mkern3mu0165 => phone",
        "912\\phantom{0}555\\hphantom{x}0166 => phone",
        "912\\mathord{-}555\\mathbin{-}0156 => phone",
        "\\color{red}{912\\ 555\\ 0163} => phone",
        "\\textcolor{blue}{912}\\;555\\;0170 => phone",
        "\\underline{912}\\ \\boldsymbol{555}\\ \\mathbb{0164} => phone",
        "\\left(912\\right)\\,555\\text{-}0171 => phone",
        "912\\cdot555\\cdot0172 => phone",
        "912\\_555\\_0173 => phone",
        "912\\thinspace555\\enskip 0174 => phone"
      })
  void mathsAndDiagramsAreReadAsTheBrowserShowsThem(String sourceAndRule) {
    String source = sourceAndRule.substring(0, sourceAndRule.indexOf(" => "));
    String rule = sourceAndRule.substring(sourceAndRule.indexOf(" => ") + 4);
    assertThat(scanner.scan(source, Channel.RENDERED))
        .singleElement()
        .satisfies(f -> assertThat(f.rule()).isEqualTo(rule));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\\frac{a}{b} + \\sum_{i=0}^{n} x_i \\cdot 10^{3}",
        "x = 350.2265625 \\text{ and } y = 2^{10}",
        "graph TD\nA@{ shape: rect }-->B{Is it #35;1?}",
        "\\char\"ZZ and \\char and #; and #99999999;",
        "x^2 + 912",
        "\\frac{1}{2} + \\frac{912}{555} 0142",
        "\\begin{pmatrix}912 & 555\\\\0142 & 1\\end{pmatrix}",
        "1\\,000\\,000\\,000 + 1\\,234\\,567\\,890",
        "\\pi = 3.14159\\,26535\\,89793",
        "N_A = 6.022\\,140\\,76 \\times 10^{23}\\,\\text{mol}^{-1}",
        "2\\cdot 3 \\cdot 4 = 24",
        "912\\kern-1em555 \\hspace{} \\kern \\color"
      })
  void ordinaryMathsAndDiagramsAreQuiet(String source) {
    assertThat(scanner.scan(source, Channel.RENDERED)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"password:!0,remember:!1", "password: true", "password = null;"})
  void aLiteralIsNotAPasswordInProseEither(String text) {
    assertThat(found(text, Channel.TEXT)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "var password = \"hunter22\"; | password=hunter22",
        "{\"password\": \"hunter22\"} | password=hunter22",
        "const cfg = {secret: 'q8XvT3mZp0Lr9wKd'} | secret.quoted-secret=q8XvT3mZp0Lr9wKd",
        "token = \"q8XvT3mZp0Lr9wKd\"; | secret.quoted-secret=q8XvT3mZp0Lr9wKd",
        // Near a placeholder's words, but with a digit or mixed case: a value.
        "token = \"YOUR_TEAM_TOKEN_2024x\"; | secret.quoted-secret=YOUR_TEAM_TOKEN_2024x",
        "token = \"MySampleKeyQx\"; | secret.quoted-secret=MySampleKeyQx"
      })
  void aQuotedStringAssignedToACredentialIsOne(String js, String expected) {
    assertThat(found(js, Channel.SCRIPT)).containsExactly(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "X@np.transpose",
        "y = X@np.transpose(W)",
        "\"katex@0.16.9\"",
        "npm i @scope/pkg@1.2.3",
        "jo@localhost",
        "root@server.internal",
        "a@b.co.uk.notasuffix"
      })
  void anAtSignBeforeSomethingThatIsNoPublicDomainIsNoAddress(String text) {
    assertThat(found(text, Channel.TEXT)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "A@np.linalg.inv(B)",
        "W = x@weights.com[0]",
        "git clone git@github.com:org/repo.git",
        "(X)@model.com"
      })
  void anAddressShapedTokenUsedAsCodeIsCode(String code) {
    assertThat(found(code, Channel.CODE)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"TEXT", "CODE", "ATTRIBUTE", "SCRIPT"})
  void gitsRemoteIsNoAddressWhereverItIs(Channel channel) {
    assertThat(found("git clone git@github.com:owner/repo.git", channel)).isEmpty();
    assertThat(found("url = git@gitlab.example.org:~jo/notes.git", channel)).isEmpty();
  }

  /** At a git host's own name, git@ is its SSH login wherever it is written. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "TEXT | test it with ssh -T git@github.com first",
        "CODE | ssh -T git@GitHub.com",
        "URL | mailto:git@gitlab.com",
        "TEXT | push to ssh://git@codeberg.org/jo/notes.git",
        "URL | git+ssh://git@git.example.org/jo/notes.git",
        "ATTRIBUTE | git@hf.co"
      })
  void gitsLoginAtAGitHostIsNoAddress(Channel channel, String text) {
    assertThat(scanner.scan(text, channel)).isEmpty();
  }

  /**
   * Anonymous FTP's shared login is no one's (nmin11/TIL's notes on an HTTP book quote RFC 1738's
   * examples), and a login in a URL is one finding, not an e-mail address found only after the
   * URL's finding is allowed.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "TEXT | ftp://anonymous@ftp.prep.example.org/pub/gnu | ''",
        "URL | ftp://ftp@ftp.example.org/pub/ | ''",
        "CODE | ftp://Anonymous@ftp.example.org | ''",
        "TEXT | ftp://anonymous:my_passwd@ftp.example.org/pub | url-credentials",
        "TEXT | http://joe:joespasswd@www.example.org/sales_info.txt | url-credentials",
        "URL | https://avery.quinn@example.org/ | url-credentials",
        "TEXT | ftp://anonymousjo@ftp.example.org/ | url-credentials",
        "TEXT | see https://x.example/?u=jo@example.org | email"
      })
  void aLoginInAUrlIsOneFindingAndAnonymousFtpsIsNone(Channel channel, String text, String rules) {
    assertThat(scanner.scan(text, channel))
        .extracting(Finding::rule)
        .containsExactlyElementsOf(rules.isEmpty() ? List.of() : List.of(rules.split(",")));
  }

  /** Anyone else's login in a URL, or git with a password, still is one. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "TEXT | ssh://avery@git.example.org/jo/notes.git",
        "TEXT | ssh://git:hunter22@git.example.org/jo/notes.git",
        "URL | https://gitx@example.org/",
        "URL | https://mygit@example.org/"
      })
  void otherLoginsInAUrlAreStillFound(Channel channel, String text) {
    assertThat(scanner.scan(text, channel)).extracting(Finding::rule).contains("url-credentials");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "TEXT | git@github.community",
        "TEXT | git@github.com.example.org",
        "TEXT | jo@github.com",
        "TEXT | jane@example.org: call me",
        "TEXT | jane@example.org",
        "TEXT | jane@example.org:owner/repo",
        "TEXT | git@example.org",
        "TEXT | write to git@example.org: any time",
        "TEXT | mygit@example.org:owner/repo",
        "CODE | ssh git@example.org",
        "URL | mailto:git@example.org"
      })
  void onlyGitsOwnRemoteIsLetThrough(Channel channel, String text) {
    assertThat(scanner.scan(text, channel)).extracting(Finding::rule).containsExactly("email");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "TEXT | write to name@example-company.com today",
        "ATTRIBUTE | Portrait of name@example-company.com",
        "URL | mailto:name@example-company.com",
        "CODE | git config user.email \"name@example-company.com\"",
        "TEXT | mail name@mail.example-company.co.uk"
      })
  void realAddressesAreStillFoundEverywhere(Channel channel, String text) {
    assertThat(scanner.scan(text, channel)).extracting(Finding::rule).containsExactly("email");
  }
}
