using System.Text.RegularExpressions;
using InterimExchange.Accounts.Contracts;
using Microsoft.Playwright;

namespace InterimExchange.EndToEnd.Tests;

/// <summary>Each demo role signs in through the browser and lands on its portal's home page.</summary>
public sealed partial class SignInJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData("amelia.hart@northbridge.example", "RPO portal", "/rpo")]
    [InlineData("maria.santos@meridianquality.example", "Firm portal", "/firm")]
    [InlineData("sofia.lindqvist@valdora.example", "Client portal", "/client")]
    [InlineData("olivia.grant@interimexchange.example", "Vetting", "/admin")]
    public Task A_demo_user_signs_in_from_the_landing_page_and_sees_their_portal(string email, string heading, string path) =>
        browser.JourneyAsync($"sign-in-{path.Trim('/')}", async page =>
        {
            await page.GotoAsync("/");
            await page.GetByRole(AriaRole.Link, new() { Name = "Sign in" }).First.ClickAsync();

            await page.GetByLabel("Email").FillAsync(email);
            await page.GetByLabel("Password").FillAsync(DemoAccounts.Password);
            await page.PressSignInAsync(DemoAccounts.Password);

            await Assertions.Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(path) + "$"));
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = heading, Level = 1 })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();
        });

    [Fact]
    public Task A_wrong_password_is_explained_on_a_phone_and_the_email_stays_typed() =>
        browser.JourneyAsync("wrong-password-phone", async page =>
        {
            await page.GotoAsync("/account/sign-in");
            await page.GetByLabel("Email").FillAsync("tom.okafor@northbridge.example");
            await page.GetByLabel("Password").FillAsync("not-the-password");
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

            await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("do not match an account");
            await Assertions.Expect(page.GetByLabel("Email")).ToHaveValueAsync("tom.okafor@northbridge.example");
        }, phone: true);
}
