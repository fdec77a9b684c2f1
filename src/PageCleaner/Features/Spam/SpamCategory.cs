namespace PageCleaner.Features.Spam;

/// <summary>The kinds of injected spam the vocabulary tells apart.</summary>
internal enum SpamCategory
{
    Gambling = 0,
    Porn = 1,
    Pharma = 2,
    Loan = 3,
    Counterfeit = 4,
    Seo = 5,
}
