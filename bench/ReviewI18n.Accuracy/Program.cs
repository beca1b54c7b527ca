// One subcommand per accuracy harness; each lives in its own folder.
return args.FirstOrDefault() switch
{
    "encoding" => ReviewI18n.Accuracy.Encodings.EncodingAccuracy.Run(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: ReviewI18n.Accuracy <harness> <corpus folder> [options]\n  harnesses: encoding");
    return 2;
}
