#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <string_view>

#include "cli/command_hint.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"

#ifndef TIDEMARK_VERSION
#define TIDEMARK_VERSION "0.0.0"
#endif

namespace tidemark::cli {

void Context::Error(const std::string& message) const { Err() << "tidemark: " << message << "\n"; }

void Context::Warn(const std::string& message) const {
  if (!options.quiet) Err() << "tidemark: warning: " << message << "\n";
}

void Context::Log(const std::string& message) const {
  if (options.verbose > 0) Err() << "tidemark: " << message << "\n";
}

namespace {

const char* Env(const char* name) {
  const char* value = std::getenv(name);
  return value != nullptr && *value != '\0' ? value : nullptr;
}

// Flags win over the environment, which wins over the config file.
void MergeSettings(Context* ctx, const CLI::App& app) {
  GlobalOptions& o = ctx->options;
  const Config& c = ctx->config;
  if (app.count("--dir") == 0 && c.dir) o.dir = *c.dir;
  if (app.count("--database-url") == 0) {
    if (const char* url = Env("DATABASE_URL")) {
      o.database_url = url;
      if (c.environment_sets_database_url) {
        ctx->Warn(fmt::format("DATABASE_URL overrides environments.{}.database_url of {}",
                              c.environment, c.path));
      }
    } else if (c.database_url) {
      o.database_url = *c.database_url;
    }
  }
  if (app.count("--schema") == 0 && c.schema) o.schema = *c.schema;
  if (app.count("--lock-timeout") == 0 && c.lock_timeout) o.lock_timeout = *c.lock_timeout;
  ctx->stdout_is_terminal = isatty(STDOUT_FILENO) != 0;
  if (o.color == "always") {
    ctx->color = true;
  } else if (o.color == "never" || Env("NO_COLOR") != nullptr ||
             (Env("TERM") != nullptr && std::string_view(Env("TERM")) == "dumb")) {
    ctx->color = false;
  } else {
    ctx->color = ctx->stdout_is_terminal && ctx->out == &std::cout;
  }
}

// Every command's --help lists the global options too (they may come before
// or after the command): CLI11 shows only the command's own.
void AddGlobalOptionsFooter(const CLI::App& app, CLI::App* sub, const std::string& footer) {
  for (CLI::App* child : sub->get_subcommands({})) {
    child->footer(footer);
    AddGlobalOptionsFooter(app, child, footer);
  }
}

std::string GlobalOptionsText(const CLI::App& app) {
  std::string text = "Global options (before or after the command):\n";
  for (const CLI::Option* opt : app.get_options()) {
    if (opt == app.get_help_ptr() || opt->get_name() == "--version") continue;
    std::string name = opt->get_name(false, true);
    if (opt->get_type_size() != 0) name += " " + opt->get_type_name();
    text += fmt::format("  {:<30} {}\n", name, opt->get_description());
  }
  return text;
}

}  // namespace

int Main(int argc, const char* const* argv, std::ostream& out, std::ostream& err) {
  CLI::App app{"tidemark: PostgreSQL migrations that know how to undo themselves", "tidemark"};
  app.set_version_flag("--version", "tidemark " TIDEMARK_VERSION);
  app.require_subcommand(1);
  app.fallthrough();  // global options may follow the command

  Context ctx;
  ctx.out = &out;
  ctx.err = &err;
  GlobalOptions& o = ctx.options;
  app.add_option("--dir", o.dir, "Migrations directory")->capture_default_str();
  app.add_option("--database-url", o.database_url,
                 "PostgreSQL URL (else DATABASE_URL, config, libpq's PG* variables)");
  app.add_option("--config", o.config_path, "Config file")->capture_default_str();
  app.add_option("--format", o.format, "Output format")
      ->check(CLI::IsMember({"human", "json"}))
      ->capture_default_str();
  app.add_option("--color", o.color, "Colour: auto, always or never (NO_COLOR is honoured)")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
  app.add_flag("-q,--quiet", o.quiet, "Print results only");
  app.add_flag("-v,--verbose", o.verbose, "Log every statement as it runs");
  app.add_option("--schema", o.schema, "Schema of the tracking table")->capture_default_str();
  app.add_option("--lock-timeout", o.lock_timeout,
                 "How long to wait for the migration lock (e.g. 10s, 500ms)")
      ->capture_default_str();
  app.add_option("--env", o.env,
                 "Environment of the config file whose keys apply (else TIDEMARK_ENV)");
  app.add_option("--wait", o.wait,
                 "Wait until the database accepts connections, up to DURATION (default " +
                     std::string(kDefaultWait) + ")")
      ->expected(0, 1)
      ->type_name("[DURATION]");

  CLI::App* migrate =
      app.add_subcommand("migrate", "Write, analyze, apply and roll back migrations");
  migrate->require_subcommand(1);

  CommandList commands;
  RegisterParse(migrate, &commands);
  RegisterAnalyze(migrate, &commands);
  RegisterGenerate(migrate, &commands);
  RegisterUndo(migrate, &commands);
  RegisterUp(migrate, &commands);
  RegisterStatus(migrate, &commands);
  RegisterRollback(migrate, &commands);
  RegisterBaseline(migrate, &commands);
  RegisterRepair(migrate, &commands);
  RegisterRedo(migrate, &commands);
  RegisterVerify(migrate, &commands);
  RegisterDrift(migrate, &commands);
  RegisterDiff(migrate, &commands);
  RegisterDump(migrate, &commands);
  RegisterArchive(migrate, &commands);
  RegisterLint(&app, &commands);
  RegisterInit(&app, &commands);
  RegisterCompletion(&app, &commands);
  RegisterMan(&app, &commands);

  AddGlobalOptionsFooter(app, &app, GlobalOptionsText(app));

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (std::string hint = UnknownCommandHint(app, argc, argv); !hint.empty()) {
      err << "tidemark: " << hint << "\n";
      return kExitUsage;
    }
    int code = app.exit(e, out, err);
    return code == 0 ? kExitOk : kExitUsage;
  }
  o.config_given = app.count("--config") > 0;
  if (app.count("--wait") > 0 && o.wait.empty()) o.wait = kDefaultWait;

  auto chosen = std::find_if(commands.begin(), commands.end(),
                             [](const Command& c) { return c.app->parsed(); });
  if (chosen == commands.end()) {
    ctx.Error("no command given; see tidemark --help");
    return kExitUsage;
  }
  if (chosen->loads_config) {
    try {
      EnvironmentChoice environment{o.env, "--env"};
      if (environment.name.empty()) {
        if (const char* name = Env("TIDEMARK_ENV")) environment = {name, "TIDEMARK_ENV"};
      }
      ctx.config = LoadConfig(o.config_path, o.config_given, environment);
    } catch (const ConfigError& e) {
      ctx.Error(e.message);
      return kExitUsage;
    }
  }
  MergeSettings(&ctx, app);
  try {
    return chosen->run(ctx);
  } catch (const std::exception& e) {
    ctx.Error(e.what());
    return kExitFailure;
  }
}

}  // namespace tidemark::cli
