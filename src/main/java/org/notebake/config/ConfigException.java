package org.notebake.config;

/**
 * A problem with how notebake was invoked or configured (a missing folder, a bad property, a
 * refused output folder). The command line maps it to exit code 2; the message names the file or
 * option, what is wrong and how to fix it.
 */
public class ConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ConfigException(String message) {
    super(message);
  }

  public ConfigException(String message, Throwable cause) {
    super(message, cause);
  }
}
