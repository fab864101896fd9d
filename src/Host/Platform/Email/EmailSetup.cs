namespace Partnership.Host.Platform.Email;

internal static class EmailSetup
{
    public static void AddEmail(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(configuration.GetSection("Smtp").Get<SmtpSettings>() ?? new SmtpSettings());
        services.AddSingleton<IEmailSender, SmtpEmailSender>();
    }
}
