using System.Reflection;
using System.Runtime.Loader;

namespace PageCleaner.BuildComparison;

/// <summary>Cleans a page with the default cleaner of one build of the library.</summary>
internal delegate object CleanPage(ReadOnlySpan<byte> page, string? source, CancellationToken cancellationToken);

/// <summary>
/// Loads one build of PageCleaner.dll (and the libraries beside it) into a load context of its own, so that two builds
/// run side by side in one process, and hands back its default cleaner's <c>Clean(bytes)</c>.
/// </summary>
internal static class BuildLoader
{
    public static CleanPage Load(string folder)
    {
        string library = Path.Combine(folder, "PageCleaner.dll");
        if (!File.Exists(library)) throw new FileNotFoundException($"{folder}: no PageCleaner.dll (give a build's output folder)");
        Assembly assembly = new FolderLoadContext(folder).LoadFromAssemblyPath(Path.GetFullPath(library));
        Type cleanerType = assembly.GetType("PageCleaner.Cleaner", throwOnError: true)!;
        object cleaner = cleanerType.GetMethod("CreateDefault")!.Invoke(null, [null])!;
        MethodInfo clean = cleanerType.GetMethods().Single(m => m.Name == "Clean" && m.GetParameters() is { Length: 3 } p && p[0].ParameterType == typeof(ReadOnlySpan<byte>));
        return (CleanPage)Delegate.CreateDelegate(typeof(CleanPage), cleaner, clean);
    }

    // The build's own copies of its libraries; the framework's from the process.
    private sealed class FolderLoadContext : AssemblyLoadContext
    {
        private readonly string _folder;

        public FolderLoadContext(string folder) : base(folder) => _folder = folder;

        protected override Assembly? Load(AssemblyName name)
        {
            string path = Path.GetFullPath(Path.Combine(_folder, name.Name + ".dll"));
            bool framework = Default.Assemblies.Any(a => a.GetName().Name == name.Name);
            return !framework && File.Exists(path) ? LoadFromAssemblyPath(path) : null;
        }
    }
}
