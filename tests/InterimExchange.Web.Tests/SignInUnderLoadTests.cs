using System.Collections.Concurrent;
using System.Net;
using InterimExchange.Testing;

namespace InterimExchange.Web.Tests;

/// <summary>
/// The sign-in form is refused as expired only when it is: not when many people sign in at once on apps that have just started, nor
/// when the browser signed out (or its session ended) between opening the page and pressing Sign in, as a journey that signs out
/// and straight in again does on a busy machine.
/// </summary>
public sealed class SignInUnderLoadTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_hundred_people_signing_in_at_once_on_two_fresh_apps_are_all_signed_in()
    {
        var failures = new ConcurrentBag<string>();
        var apps = Enumerable.Range(0, 2).Select(_ => new PortalFactory()).ToList();
        await Task.WhenAll(apps.SelectMany(app => Enumerable.Range(0, 50).Select(async i =>
        {
            var client = app.Anonymous();
            var response = await client.PostFormAsync("/account/sign-in",
                new() { ["Input.Email"] = i % 2 == 0 ? "amelia.hart@northbridge.example" : "maria.santos@meridianquality.example", ["Input.Password"] = Accounts.Contracts.DemoAccounts.Password });
            if (response.StatusCode != HttpStatusCode.Redirect)
            {
                failures.Add($"{(int)response.StatusCode}");
            }
        })));
        var log = apps.SelectMany(app => app.Log.Lines).ToList();
        foreach (var app in apps)
        {
            await app.DisposeAsync();
        }

        apps.SelectMany(app => app.Log.Antiforgery).ShouldBeEmpty();
        failures.ShouldBeEmpty(string.Join(", ", log));
    }

    [Fact]
    public async Task A_sign_in_page_opened_before_signing_out_still_signs_in()
    {
        await using var app = new PortalFactory();
        var browser = await app.SignedInAsync("amelia.hart@northbridge.example");

        // The page is opened while still signed in; the sign-out lands before Sign in is pressed.
        var opened = await browser.GetStringAsync("/account/sign-in", Cancel);
        (await browser.PostFormAsync("/rpo", [], "/account/sign-out")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var response = await browser.PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Forms.AntiforgeryToken(opened),
            ["Input.Email"] = "tom.okafor@northbridge.example",
            ["Input.Password"] = Accounts.Contracts.DemoAccounts.Password,
        }), Cancel);

        app.Log.Antiforgery.ShouldBeEmpty();
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await browser.GetStringAsync("/rpo", Cancel)).ShouldContain("Tom Okafor");
    }

    [Fact]
    public async Task A_form_posted_without_its_token_is_refused_and_the_log_says_why()
    {
        await using var app = new PortalFactory();
        var response = await app.Anonymous().PostAsync("/firms/apply", new FormUrlEncodedContent(Forms.FirmApplication("nadia@atlas.example")), Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        app.Log.Antiforgery.ShouldNotBeEmpty();
    }
}
