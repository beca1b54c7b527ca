using ReviewI18n.Bench;

// Console benchmarks over a real site. Subcommands:
//   sync-kill --site DIR [--kills N] [--seed S] [--work DIR]
//     copies DIR, then kills `review-i18n sync --write` at random moments and checks that every
//     file is exactly its old or exactly its new version after each kill.
if (args.Length == 0 || args[0] is "-h" or "--help")
{
    Console.Error.WriteLine("usage: ReviewI18n.Bench sync-kill --site DIR [--kills N] [--seed S] [--work DIR]");
    return 2;
}
var options = BenchOptions.Parse(args[1..]);
return args[0] switch
{
    "sync-kill" => await SyncKillLoop.RunAsync(options),
    _ => Usage(args[0]),
};

static int Usage(string command)
{
    Console.Error.WriteLine($"unknown subcommand '{command}'");
    return 2;
}
