using OfficeDx.Cli;

return CliApplication.Run(args);
