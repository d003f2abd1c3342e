export default function Page() {
  return <h1>Company</h1>;
}
