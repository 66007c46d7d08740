package dev.marvel.cli;

import dev.marvel.runtime.openwhisk.client.WskProps;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * Where OpenWhisk is, as the {@code wsk} CLI finds it: {@code ~/.wskprops} (or
 * {@code $WSK_CONFIG_FILE}), overridden by {@code --apihost}, {@code --auth} and
 * {@code --namespace}. A picocli mixin of deploy, undeploy, invoke and status.
 */
public final class WhiskOptions {
  @Option(names = "--apihost", paramLabel = "HOST",
      description = "OpenWhisk API host (default: APIHOST from ~/.wskprops or $WSK_CONFIG_FILE).")
  String apiHost;

  @Option(names = {"-u", "--auth"}, paramLabel = "KEY",
      description = "API key uuid:key (default: AUTH from ~/.wskprops or $WSK_CONFIG_FILE).")
  String auth;

  @Option(names = "--namespace", paramLabel = "NAME",
      description = "Namespace (default: NAMESPACE from ~/.wskprops, else _ , the key's own).")
  String namespace;

  /** The properties file's values with the flags on top. */
  WskProps props(Map<String, String> environment) {
    WskProps props = WskProps.load(environment);
    if (apiHost != null) {
      props = props.withApiHost(apiHost);
    }
    if (auth != null) {
      props = props.withAuth(auth);
    }
    if (namespace != null) {
      props = props.withNamespace(namespace);
    }
    return props;
  }
}
